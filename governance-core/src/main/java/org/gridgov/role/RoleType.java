package org.gridgov.role;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.LevelId;

/**
 * A role type of a city's catalogue: Shuangyashan's grid chief (总网格长), grid leader (网格长), area leader
 * (片长), zone leader (区域长), building leader (楼长) and unit leader (单元长); grid workers (网格员); branch
 * secretaries. Cities differ, so the catalogue is data.
 *
 * @param id    the role type's id
 * @param name  display name
 * @param scope whether it is held at a node or in an organization
 * @param level for a node-scoped role, the level of the nodes it is held at, if restricted; always empty
 *              for an organization-scoped role
 */
public record RoleType(RoleTypeId id, Bilingual name, RoleScope scope, Optional<LevelId> level) {
    /**
     * @throws NullPointerException     if any component is null
     * @throws IllegalArgumentException if an organization-scoped role names a level
     */
    public RoleType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(level, "level");
        checkArgument(scope == RoleScope.NODE || level.isEmpty(),
                "role type %s is held in organizations and cannot name a level", id);
    }

    /** A node-scoped role held at nodes of one level. */
    public static RoleType atLevel(String id, String zh, String en, String level) {
        return new RoleType(new RoleTypeId(id), Bilingual.of(zh, en), RoleScope.NODE,
                Optional.of(new LevelId(level)));
    }

    /** An organization-scoped role. */
    public static RoleType inOrganization(String id, String zh, String en) {
        return new RoleType(new RoleTypeId(id), Bilingual.of(zh, en), RoleScope.ORGANIZATION, Optional.empty());
    }
}
