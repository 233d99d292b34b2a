package org.gridgov.organization;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies an organization type of a city's catalogue, such as {@code party-branch} or {@code property-company}.
 *
 * @param value the id, non-blank
 */
public record OrganizationTypeId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public OrganizationTypeId {
        checkArgument(value != null && !value.isBlank(), "organization type id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
