package org.gridgov.jurisdiction;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies a node of a jurisdiction tree. Administrative nodes usually use their official division code as
 * id; grids and the levels below them use ids of the city's own (for example {@code 220202001001-G03}).
 *
 * @param value the id, non-blank
 */
public record NodeId(String value) {
    /** @throws IllegalArgumentException if the value is null or blank */
    public NodeId {
        checkArgument(value != null && !value.isBlank(), "node id must not be blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
