package org.gridgov.rules.pack;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.gridgov.authorization.Grant;
import org.gridgov.authorization.Permissions;
import org.gridgov.authorization.PermissionsReader;
import org.gridgov.authorization.Who;
import org.gridgov.city.City;
import org.gridgov.document.DocumentException;
import org.gridgov.i18n.Bilingual;
import org.gridgov.role.RoleTypeId;

/**
 * The permissions a pack gives its city: the library's standard matrix, changed by the {@code permissions.yaml}
 * of each pack of the lineage, the base first and the pack itself last (a grant with an id already present
 * replaces it, {@code revoke} removes). A file that does not read is an error at its line; a role type or level
 * the city does not have is an error too, since such a grant could never apply; revoking an id no pack below
 * grants is a warning.
 */
public final class PackPermissions {
    /** The file's name at the root of a pack. */
    public static final String FILE = "permissions.yaml";

    private PackPermissions() {
    }

    /** The city's permissions under a pack; problems go to {@code problems}. */
    public static Permissions of(CompiledPack pack, City city, List<PackProblem> problems) {
        Permissions permissions = Permissions.standard();
        for (int i = pack.lineage().size() - 1; i >= 0; i--) {
            byte[] bytes = pack.files().get(i).get(FILE);
            if (bytes != null) {
                permissions = apply(permissions, pack.lineage().get(i).id(), new String(bytes, StandardCharsets.UTF_8),
                        city, problems);
            }
        }
        return permissions;
    }

    private static Permissions apply(Permissions below, String packId, String text, City city,
                                     List<PackProblem> problems) {
        PermissionsReader.Changes changes;
        try {
            changes = PermissionsReader.read(FILE, text);
        } catch (DocumentException e) {
            e.problems().forEach(p -> problems.add(PackProblem.errorAt(packId, FILE, p.line(), p.column(),
                    p.field().isEmpty() ? p.message() : Bilingual.of(p.field() + ": " + p.message().zh(),
                            p.field() + ": " + p.message().en()))));
            return below;
        }
        int before = problems.size();
        changes.grants().forEach(g -> checkAgainstCity(g, packId, text, city, problems));
        for (String id : changes.revoked()) {
            if (below.grant(id).isEmpty()) {
                problems.add(PackProblem.warning(packId, FILE, lineOf(text, id), Bilingual.of(
                        "revoke: 下层没有编号为 " + id + " 的授权, 这一项不起作用",
                        "revoke: no pack below grants " + id + ", so revoking it changes nothing")));
            }
        }
        boolean broken = problems.subList(before, problems.size()).stream().anyMatch(PackProblem::isError);
        return broken ? below : changes.applyTo(below);
    }

    private static void checkAgainstCity(Grant g, String packId, String text, City city, List<PackProblem> problems) {
        Set<RoleTypeId> roles = g.who() instanceof Who.Roles r ? r.roles() : Set.of();
        for (RoleTypeId role : roles) {
            if (city.roster().findRoleType(role).isEmpty()) {
                problems.add(PackProblem.error(packId, FILE, lineOf(text, role.value()), Bilingual.of(
                        "授权 " + g.id() + ": 本市没有角色 " + role + " (本市角色: " + roleIds(city) + ")",
                        "grant " + g.id() + ": the city has no role " + role + " (its roles: " + roleIds(city)
                                + ")")));
            }
        }
        g.atOrAbove().filter(l -> city.jurisdiction().levels().find(l).isEmpty()).ifPresent(l -> problems.add(
                PackProblem.error(packId, FILE, lineOf(text, "atOrAbove"), Bilingual.of(
                        "授权 " + g.id() + ": 本市没有层级 " + l + " (本市层级: " + levelIds(city) + ")",
                        "grant " + g.id() + ": the city has no level " + l + " (its levels: " + levelIds(city)
                                + ")"))));
    }

    private static List<String> roleIds(City city) {
        return city.roster().roleTypes().stream().map(t -> t.id().value()).toList();
    }

    private static List<String> levelIds(City city) {
        return city.jurisdiction().levels().levels().stream().map(l -> l.id().value()).toList();
    }

    /** The first line naming a value, for a problem the reader could not place (0 if none does). */
    private static int lineOf(String text, String value) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(value)) {
                return i + 1;
            }
        }
        return 0;
    }
}
