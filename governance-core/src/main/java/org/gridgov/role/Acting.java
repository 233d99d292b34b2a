package org.gridgov.role;

import java.util.Objects;
import org.gridgov.people.PersonId;

/**
 * Who acts in a role at a target at an instant, and why.
 *
 * @param person     the person acting
 * @param assignment their assignment
 * @param viaBackup  true if a backup acts because the primary is absent or the post is vacant
 */
public record Acting(PersonId person, Assignment assignment, boolean viaBackup) {
    /** @throws NullPointerException if any component is null */
    public Acting {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(assignment, "assignment");
    }
}
