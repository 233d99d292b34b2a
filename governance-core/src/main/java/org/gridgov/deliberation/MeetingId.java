package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies one meeting of a deliberating body.
 *
 * @param value the id, non-blank
 */
public record MeetingId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public MeetingId {
        checkArgument(value != null && !value.isBlank(), "meeting id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
