package org.gridgov.scoring;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.issue.IssueId;

/**
 * A rate as scoring sees it: the cases that count for it (numerator) out of the cases it is taken over
 * (denominator). Undefined, not zero, when the denominator is empty.
 *
 * @param numerator   the cases that count for the rate
 * @param denominator the cases it is taken over; the numerator's cases are among them
 */
public record RateInput(List<IssueId> numerator, List<IssueId> denominator) {
    /** @throws IllegalArgumentException if a numerator case is not in the denominator */
    public RateInput {
        numerator = ImmutableList.copyOf(numerator);
        denominator = ImmutableList.copyOf(denominator);
        if (!denominator.containsAll(numerator)) {
            throw new IllegalArgumentException("every numerator case must be in the denominator");
        }
    }

    /** The rate in [0, 1], or empty when there are no cases to take it over. */
    public Optional<Double> value() {
        return denominator.isEmpty() ? Optional.empty() : Optional.of((double) numerator.size() / denominator.size());
    }

    @Override
    public String toString() {
        return numerator.size() + "/" + denominator.size()
                + value().map(v -> String.format(java.util.Locale.ROOT, " (%.1f%%)", v * 100)).orElse("");
    }
}
