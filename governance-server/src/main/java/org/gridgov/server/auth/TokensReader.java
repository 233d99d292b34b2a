package org.gridgov.server.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentReader;
import org.gridgov.document.Format;
import org.gridgov.document.SourceMap;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;

/**
 * Reads a tokens file, checked against the city:
 *
 * <pre>
 * tokens:
 *   - id: hotline                       # shown in logs instead of the token
 *     sha256: 9f86d08…                  # sha256 of the token, lower-case hex (gridgov serve --hash-token)
 *     actor: system:hotline-12345       # system:ID | resident:PERSON | person:PERSON as ROLE@NODE-OR-UNIT
 * </pre>
 *
 * Every problem is reported at once, located by line and field; an unknown person, role, node or organization is
 * one of them.
 */
public final class TokensReader {
    private TokensReader() {
    }

    /** The file's shape. */
    record Document(@JsonProperty(required = true) List<Entry> tokens) {
    }

    /** One token. */
    record Entry(@JsonProperty(required = true) String id, @JsonProperty(required = true) String sha256,
                 @JsonProperty(required = true) String actor) {
    }

    /**
     * Reads the tokens.
     *
     * @param file the file's name, for messages
     * @param text its YAML text
     * @param city the city whose people, roles and places the actors name
     * @throws DocumentException carrying every located problem
     */
    public static ApiTokens read(String file, String text, City city) throws DocumentException {
        DocumentReader reader = DocumentReader.strict();
        Document doc = reader.read(file, text, Document.class);
        SourceMap where = SourceMap.of(reader.mapper(Format.YAML), text);
        List<DocumentProblem> problems = new ArrayList<>();
        Map<String, ApiPrincipal> byDigest = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < doc.tokens().size(); i++) {
            Entry e = doc.tokens().get(i);
            String at = "tokens[" + i + "]";
            if (!ids.add(e.id())) {
                problems.add(where.problem(file, at + ".id", Bilingual.of("令牌编号重复: " + e.id(),
                        "the token id is used twice: " + e.id())));
            }
            String digest = e.sha256().strip().toLowerCase(java.util.Locale.ROOT);
            if (!digest.matches("[0-9a-f]{64}")) {
                problems.add(where.problem(file, at + ".sha256", Bilingual.of("应为 64 位十六进制 SHA-256 摘要",
                        "expected a SHA-256 digest of 64 hex digits")));
            }
            Optional<Actor> actor = actor(e.actor(), city);
            if (actor.isEmpty()) {
                problems.add(where.problem(file, at + ".actor", Bilingual.of(
                        "应为 system:编号、resident:人员 或 person:人员 as 角色@节点或单位，且都在本市档案中: " + e.actor(),
                        "expected system:ID, resident:PERSON or person:PERSON as ROLE@NODE-OR-UNIT, all known to the "
                                + "city: " + e.actor())));
            }
            if (problems.isEmpty() && byDigest.put(digest, new ApiPrincipal(e.id(), actor.get())) != null) {
                problems.add(where.problem(file, at + ".sha256", Bilingual.of("同一令牌出现两次", "the same token twice")));
            }
        }
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        return ApiTokens.of(byDigest);
    }

    /** The actor a spec names, if every part of it is known to the city. */
    static Optional<Actor> actor(String spec, City city) {
        try {
            return parse(spec.strip(), city);
        } catch (IllegalArgumentException blank) {
            return Optional.empty(); // a blank id or role: the caller reports the entry
        }
    }

    private static Optional<Actor> parse(String s, City city) {
        if (s.startsWith("system:") && s.length() > 7) {
            String id = s.substring(7).strip();
            return Optional.of(Actor.system(id, city.channels().stream().filter(c -> c.id().value().equals(id))
                    .map(c -> c.name()).findFirst().orElse(Bilingual.of(id, id))));
        }
        if (s.startsWith("resident:")) {
            return person(s.substring(9).strip(), city).map(Actor::resident);
        }
        int as = s.indexOf(" as ");
        int sign = s.lastIndexOf('@');
        if (!s.startsWith("person:") || as < 0 || sign < as) {
            return Optional.empty();
        }
        Optional<PersonId> person = person(s.substring(7, as).strip(), city);
        RoleTypeId role = new RoleTypeId(s.substring(as + 4, sign).strip());
        Optional<RoleTarget> target = target(s.substring(sign + 1).strip(), city);
        if (person.isEmpty() || target.isEmpty() || city.roster().findRoleType(role).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Actor.inRole(person.get(), role, target.get()));
    }

    private static Optional<PersonId> person(String id, City city) {
        PersonId person = new PersonId(id);
        return city.people().find(person).isPresent() ? Optional.of(person) : Optional.empty();
    }

    private static Optional<RoleTarget> target(String text, City city) {
        NodeId node = new NodeId(text);
        if (city.jurisdiction().find(node).isPresent()) {
            return Optional.of(RoleTarget.at(node));
        }
        OrganizationId org = new OrganizationId(text);
        return city.organizations().find(org).isPresent() ? Optional.of(RoleTarget.in(org)) : Optional.empty();
    }
}
