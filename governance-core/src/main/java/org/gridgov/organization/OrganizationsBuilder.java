package org.gridgov.organization;

import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * Collects a city's organization types, organizations, party chain, alliances and pairings, and builds an
 * immutable {@link Organizations} directory over a {@link Jurisdiction}.
 *
 * <p>{@link #build()} checks everything and reports every problem at once, each naming its element and
 * field: a duplicate id (of a type, organization or alliance), an organization of an unknown type, at an
 * unknown node, or under an unknown parent, organizations whose parents form a cycle, an alliance at an
 * unknown node or with an unknown lead or member, a pairing with an unknown unit or community or ending
 * before it starts, and a party chain naming an unknown level, an unknown type or a type that is not a party
 * type. Elements keep the order in which they were added.
 *
 * <p>A builder is not thread-safe and builds one directory.
 */
public final class OrganizationsBuilder {
    private final Jurisdiction jurisdiction;
    private final Map<OrganizationTypeId, OrganizationType> types = new LinkedHashMap<>();
    private final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
    private final Map<AllianceId, Alliance> alliances = new LinkedHashMap<>();
    private final List<Pairing> pairings = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private PartyChain chain = PartyChain.empty();
    private boolean built;

    OrganizationsBuilder(Jurisdiction jurisdiction) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    /** Adds a type to the catalogue. A duplicate id is reported by {@link #build()}. */
    public OrganizationsBuilder type(OrganizationType type) {
        checkState(!built, "this builder has already built its directory");
        if (types.putIfAbsent(type.id(), type) != null) {
            problems.add(Problem.of("organization-type", type.id(), "id",
                    "机构类型编号重复: " + type.id(), "duplicate organization type id " + type.id()));
        }
        return this;
    }

    /** Adds an organization. A duplicate id is reported by {@link #build()}. */
    public OrganizationsBuilder add(Organization organization) {
        checkState(!built, "this builder has already built its directory");
        if (organizations.putIfAbsent(organization.id(), organization) != null) {
            problems.add(Problem.of("organization", organization.id(), "id",
                    "机构编号重复: " + organization.id(), "duplicate organization id " + organization.id()));
        }
        return this;
    }

    /** Sets the party chain, replacing any set before. */
    public OrganizationsBuilder partyChain(PartyChain chain) {
        checkState(!built, "this builder has already built its directory");
        this.chain = Objects.requireNonNull(chain, "chain");
        return this;
    }

    /** Adds an alliance. A duplicate id is reported by {@link #build()}. */
    public OrganizationsBuilder alliance(Alliance alliance) {
        checkState(!built, "this builder has already built its directory");
        if (alliances.putIfAbsent(alliance.id(), alliance) != null) {
            problems.add(Problem.of("alliance", alliance.id(), "id",
                    "联盟编号重复: " + alliance.id(), "duplicate alliance id " + alliance.id()));
        }
        return this;
    }

    /** Adds a pairing. Pairings have no id; problems name them by position, {@code #1} being the first. */
    public OrganizationsBuilder pairing(Pairing pairing) {
        checkState(!built, "this builder has already built its directory");
        pairings.add(Objects.requireNonNull(pairing, "pairing"));
        return this;
    }

    /**
     * Builds the directory.
     *
     * @throws InvalidModelException listing every problem, each naming its element and field
     * @throws IllegalStateException if called twice
     */
    public Organizations build() {
        checkState(!built, "this builder has already built its directory");
        built = true;
        List<Problem> found = new ArrayList<>(problems);
        checkOrganizations(found);
        checkCycles(found);
        checkChain(found);
        checkAlliances(found);
        checkPairings(found);
        if (!found.isEmpty()) {
            throw new InvalidModelException("organization directory", found);
        }
        return new Organizations(jurisdiction, types.values(), organizations.values(), chain,
                alliances.values(), pairings);
    }

    private void checkOrganizations(List<Problem> found) {
        for (Organization o : organizations.values()) {
            if (!types.containsKey(o.type())) {
                found.add(Problem.of("organization", o.id(), "type",
                        "机构 " + o.id() + " 的类型 '" + o.type() + "' 未定义, 已定义: " + types.keySet(),
                        "organization " + o.id() + " has unknown type '" + o.type() + "'; types are "
                                + types.keySet()));
            }
            if (!jurisdiction.contains(o.node())) {
                found.add(Problem.of("organization", o.id(), "node",
                        "机构 " + o.id() + " 所在节点 " + o.node() + " 不在辖区树中",
                        "organization " + o.id() + " is attached to unknown node " + o.node()));
            }
            o.parent().filter(p -> !organizations.containsKey(p)).ifPresent(p -> found.add(Problem.of(
                    "organization", o.id(), "parent", "机构 " + o.id() + " 的上级机构 " + p + " 不存在",
                    "organization " + o.id() + " has unknown parent organization " + p)));
        }
    }

    /** Follows parents from each organization; a chain that comes back to a visited one is a cycle. */
    private void checkCycles(List<Problem> found) {
        Set<OrganizationId> reported = new HashSet<>();
        for (Organization o : organizations.values()) {
            LinkedHashSet<OrganizationId> chain = new LinkedHashSet<>();
            OrganizationId at = o.id();
            while (at != null && chain.add(at)) {
                Organization next = organizations.get(at);
                at = next == null ? null : next.parent().orElse(null);
            }
            if (at == null || reported.contains(at)) {
                continue;
            }
            List<OrganizationId> cycle = new ArrayList<>();
            boolean in = false;
            for (OrganizationId id : chain) {
                in |= id.equals(at);
                if (in) {
                    cycle.add(id);
                }
            }
            reported.addAll(cycle);
            String text = cycle.stream().map(OrganizationId::value).reduce((a, b) -> a + " → " + b).orElse("")
                    + " → " + at;
            found.add(Problem.of("organization", cycle.get(0), "parent",
                    "机构的上级关系形成环: " + text, "organization parents form a cycle: " + text));
        }
    }

    private void checkChain(List<Problem> found) {
        chain.entries().forEach((LevelId level, OrganizationTypeId typeId) -> {
            if (jurisdiction.levels().find(level).isEmpty()) {
                found.add(Problem.of("party-chain", level, "level",
                        "党组织链中的层级 '" + level + "' 未定义, 已定义: " + jurisdiction.levels(),
                        "party chain names unknown level '" + level + "'; levels are " + jurisdiction.levels()));
            }
            OrganizationType type = types.get(typeId);
            if (type == null) {
                found.add(Problem.of("party-chain", level, "type",
                        "党组织链在层级 " + level + " 的类型 '" + typeId + "' 未定义",
                        "party chain at level " + level + " names unknown type '" + typeId + "'"));
            } else if (!type.party()) {
                found.add(Problem.of("party-chain", level, "type",
                        "党组织链在层级 " + level + " 的类型 '" + typeId + "' 不是党组织类型",
                        "party chain at level " + level + " names type '" + typeId + "', which is not a party type"));
            }
        });
    }

    private void checkAlliances(List<Problem> found) {
        for (Alliance a : alliances.values()) {
            if (!jurisdiction.contains(a.node())) {
                found.add(Problem.of("alliance", a.id(), "node", "联盟 " + a.id() + " 所在节点 " + a.node() + " 不在辖区树中",
                        "alliance " + a.id() + " sits at unknown node " + a.node()));
            }
            if (!organizations.containsKey(a.lead())) {
                found.add(Problem.of("alliance", a.id(), "lead", "联盟 " + a.id() + " 的牵头机构 " + a.lead() + " 不存在",
                        "alliance " + a.id() + " has unknown lead organization " + a.lead()));
            }
            a.members().stream().filter(m -> !organizations.containsKey(m)).sorted(
                    (x, y) -> x.value().compareTo(y.value())).forEach(m -> found.add(Problem.of("alliance", a.id(),
                    "members", "联盟 " + a.id() + " 的成员机构 " + m + " 不存在",
                    "alliance " + a.id() + " has unknown member organization " + m)));
        }
    }

    private void checkPairings(List<Problem> found) {
        for (int i = 0; i < pairings.size(); i++) {
            Pairing p = pairings.get(i);
            String id = "#" + (i + 1);
            if (!organizations.containsKey(p.unit())) {
                found.add(Problem.of("pairing", id, "unit", "结对共建 " + id + " 的单位 " + p.unit() + " 不存在",
                        "pairing " + id + " has unknown unit " + p.unit()));
            }
            if (!jurisdiction.contains(p.community())) {
                found.add(Problem.of("pairing", id, "community", "结对共建 " + id + " 的社区 " + p.community() + " 不在辖区树中",
                        "pairing " + id + " has unknown community " + p.community()));
            }
            p.until().filter(u -> u.isBefore(p.from())).ifPresent(u -> found.add(Problem.of("pairing", id, "until",
                    "结对共建 " + id + " 的结束日 " + u + " 早于开始日 " + p.from(),
                    "pairing " + id + " ends on " + u + ", before it starts on " + p.from())));
        }
    }
}
