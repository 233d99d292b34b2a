package org.gridgov.category;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies a category of the city's category tree, such as {@code environment.noise}.
 *
 * @param value the id, non-blank
 */
public record CategoryId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public CategoryId {
        checkArgument(value != null && !value.isBlank(), "category id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
