package org.gridgov.people;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies a person: a resident, a cadre, a party member, a volunteer. Carries no personal data.
 *
 * @param value the id, non-blank
 */
public record PersonId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public PersonId {
        checkArgument(value != null && !value.isBlank(), "person id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
