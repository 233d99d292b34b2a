package org.gridgov.issue;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies an issue: a resident request, an incident, a dispute or a hotline case. Hotline cases usually
 * keep the hotline's own case number as id.
 *
 * @param value the id, non-blank
 */
public record IssueId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public IssueId {
        checkArgument(value != null && !value.isBlank(), "issue id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
