package org.gridgov.jurisdiction;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies a grid layer (a "net") that a merged grid serves: {@code party}, {@code safety},
 * {@code livelihood}, {@code enterprise} in Jilin; {@code city-management} or {@code health} elsewhere.
 *
 * @param value the id, non-blank
 */
public record LayerId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public LayerId {
        checkArgument(value != null && !value.isBlank(), "layer id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
