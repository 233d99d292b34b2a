package org.gridgov.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;
import java.util.Optional;

/**
 * A share of cases: how many of the {@code denominator} cases are in the {@code numerator}. A rate over no cases
 * is undefined, not zero, so that a unit that received nothing is not ranked as failing everything.
 *
 * @param numerator   the cases that meet the measure, at least 0 and at most the denominator
 * @param denominator the cases measured, at least 0
 */
public record Rate(long numerator, long denominator) {
    /** @throws IllegalArgumentException if a count is negative or the numerator exceeds the denominator */
    public Rate {
        checkArgument(numerator >= 0 && denominator >= 0, "counts must not be negative: %s/%s", numerator, denominator);
        checkArgument(numerator <= denominator, "the numerator %s exceeds the denominator %s", numerator, denominator);
    }

    /** The share in [0, 1]; empty when the denominator is 0 (undefined, not zero). */
    public Optional<Double> value() {
        return denominator == 0 ? Optional.empty() : Optional.of((double) numerator / denominator);
    }

    /** {@code 3/4 (75.0%)}, or {@code –/0} when undefined. */
    @Override
    public String toString() {
        return denominator == 0
                ? "–/0"
                : numerator + "/" + denominator + String.format(Locale.ROOT, " (%.1f%%)", 100.0 * numerator / denominator);
    }
}
