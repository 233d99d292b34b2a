package org.gridgov.division;

import java.util.List;
import java.util.Objects;

/**
 * The content of a division file: a subtree of China's divisions with where it came from.
 *
 * @param source    the data's source as the file states it
 * @param license   the data's licence as the file states it
 * @param ancestors names of the divisions above the root, outermost first (e.g. the province)
 * @param root      the subtree
 */
public record DivisionData(String source, String license, List<String> ancestors, Division root) {
    public DivisionData {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(license, "license");
        ancestors = List.copyOf(ancestors);
        Objects.requireNonNull(root, "root");
    }
}
