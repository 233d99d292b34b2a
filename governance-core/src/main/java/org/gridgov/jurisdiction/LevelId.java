package org.gridgov.jurisdiction;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies a level of a city's jurisdiction scheme, such as {@code street} or {@code grid}.
 *
 * @param value the id, non-blank
 */
public record LevelId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public LevelId {
        checkArgument(value != null && !value.isBlank(), "level id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
