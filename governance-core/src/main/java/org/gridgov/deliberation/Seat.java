package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.organization.OrganizationTypeId;
import org.gridgov.role.RoleTypeId;

/**
 * A seat of a body: one party at the table (the owners' committee, the community police), held by an organization
 * of a type or by whoever acts in a role type. Who takes the seat at a meeting is recorded in its attendance.
 *
 * @param key              the seat's name in files and votes ({@code owners-committee})
 * @param name             its display name
 * @param organizationType the type of organization holding it, if held by an organization
 * @param roleType         the role holding it, if held by a role
 * @param chair            whether this seat chairs (召集) the meeting
 */
public record Seat(String key, Bilingual name, Optional<OrganizationTypeId> organizationType,
                   Optional<RoleTypeId> roleType, boolean chair) {
    /** @throws IllegalArgumentException if the key is blank; NullPointerException if an argument is null */
    public Seat {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(organizationType, "organizationType");
        Objects.requireNonNull(roleType, "roleType");
        checkArgument(!key.isBlank(), "a seat needs a key");
    }
}
