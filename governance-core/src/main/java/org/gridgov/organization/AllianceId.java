package org.gridgov.organization;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies an alliance (大党委, 党建联盟) of organizations.
 *
 * @param value the id, non-blank
 */
public record AllianceId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public AllianceId {
        checkArgument(value != null && !value.isBlank(), "alliance id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
