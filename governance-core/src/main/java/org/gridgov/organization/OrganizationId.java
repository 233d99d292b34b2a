package org.gridgov.organization;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies an organization: a party body, a residents' committee, a department, a company, a team.
 *
 * @param value the id, non-blank
 */
public record OrganizationId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public OrganizationId {
        checkArgument(value != null && !value.isBlank(), "organization id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
