package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies a deliberating body: a five-party council, a small-bench meeting, a joint meeting.
 *
 * @param value the id, non-blank
 */
public record BodyId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public BodyId {
        checkArgument(value != null && !value.isBlank(), "body id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
