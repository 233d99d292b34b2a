package org.gridgov.authorization;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.gridgov.role.RoleTypeId;

/** Whom a grant is for: named systems, people by their roles, or residents. */
public sealed interface Who {

    /**
     * System principals by id ({@code hotline-12345}, {@code platform}).
     *
     * @param ids      the systems' ids
     * @param channels whether every intake channel of the city profile counts too
     */
    record Systems(Set<String> ids, boolean channels) implements Who {
        public Systems {
            ids = ImmutableSet.copyOf(ids);
        }
    }

    /**
     * People acting in one of these roles at the command's instant.
     *
     * @param roles the role types; empty for any role the roster gives the person
     */
    record Roles(Set<RoleTypeId> roles) implements Who {
        public Roles {
            roles = ImmutableSet.copyOf(roles);
        }
    }

    /** People acting for themselves, whatever roles they may hold elsewhere. */
    record Residents() implements Who {
    }
}
