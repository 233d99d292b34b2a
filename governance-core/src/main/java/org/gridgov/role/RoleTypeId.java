package org.gridgov.role;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies a role type of a city's catalogue, such as {@code grid-leader} or {@code building-leader}.
 *
 * @param value the id, non-blank
 */
public record RoleTypeId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public RoleTypeId {
        checkArgument(value != null && !value.isBlank(), "role type id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
