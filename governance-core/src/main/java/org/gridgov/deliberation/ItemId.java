package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies an item (议题) put to a deliberating body.
 *
 * @param value the id, non-blank
 */
public record ItemId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public ItemId {
        checkArgument(value != null && !value.isBlank(), "item id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
