package org.gridgov.bench;

/**
 * One line of the benchmark table.
 *
 * @param measure  what was measured, e.g. {@code routing, batches of 1,000}
 * @param value    the library's figure with its unit, e.g. {@code 812,000 issues/s}
 * @param baseline the baseline's figure and what it is, or empty
 * @param ratio    library ÷ baseline, oriented so that above 1 means the library is slower; empty without one
 * @param target   the target as the issue states it
 * @param met      whether the target is met; a row without a target shows none
 * @param note     spread, sizes, and what limits it
 */
public record Row(String measure, String value, String baseline, String ratio, String target, boolean met,
                  String note) {
}
