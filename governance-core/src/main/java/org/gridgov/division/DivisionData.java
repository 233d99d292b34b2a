package org.gridgov.division;

import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;

/**
 * What a division file says about itself once read: where it came from, where its root lies, and how many
 * divisions of each level it holds. The divisions themselves went to a {@link DivisionSink}.
 *
 * @param source       the data's source as the file states it
 * @param license      the data's licence as the file states it
 * @param ancestors    names of the divisions above the root, outermost first (e.g. the province)
 * @param rootName     the root division's name
 * @param counts       divisions per level, placeholders included; levels without any are absent
 * @param placeholders the number of placeholder divisions ({@link Placeholders})
 */
public record DivisionData(String source, String license, List<String> ancestors, String rootName,
                           Map<DivisionLevel, Integer> counts, int placeholders) {
    public DivisionData {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(license, "license");
        ancestors = List.copyOf(ancestors);
        Objects.requireNonNull(rootName, "rootName");
        Map<DivisionLevel, Integer> copy = new EnumMap<>(DivisionLevel.class);
        copy.putAll(counts);
        counts = java.util.Collections.unmodifiableMap(copy);
    }

    /** The number of divisions at a level. */
    public int count(DivisionLevel level) {
        return counts.getOrDefault(level, 0);
    }

    /** The number of divisions in the file. */
    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
