package org.gridgov.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import java.util.List;
import org.gridgov.issue.IssueId;

/**
 * One metric with the cases behind it, so that every number in a report can be traced to cases. A case appears
 * once per counted item: once for case-based metrics, once per summons or per callback attempt for those that
 * count summons or attempts (see {@link Metric}).
 *
 * @param numerator   the cases that meet the measure, a sub-multiset of the denominator
 * @param denominator the cases measured
 */
public record Measure(ImmutableList<IssueId> numerator, ImmutableList<IssueId> denominator) {
    /**
     * @throws NullPointerException if a list or an element is null
     * @throws IllegalArgumentException if the numerator holds a case the denominator lacks, or holds it more often
     */
    public Measure {
        numerator = ImmutableList.copyOf(numerator);
        denominator = ImmutableList.copyOf(denominator);
        if (!isSubsequence(numerator, denominator)) {
            // The general check; reports list the numerator in the denominator's order, so it is rarely needed.
            Multiset<IssueId> rest = HashMultiset.create(denominator);
            for (IssueId id : numerator) {
                checkArgument(rest.remove(id), "numerator case %s is not (or not that often) in the denominator", id);
            }
        }
    }

    /** True if the numerator's cases appear in the denominator in the same order (so it is a sub-multiset). */
    private static boolean isSubsequence(List<IssueId> numerator, List<IssueId> denominator) {
        int d = 0;
        for (IssueId id : numerator) {
            while (d < denominator.size() && !denominator.get(d).equals(id)) {
                d++;
            }
            if (d == denominator.size()) {
                return false;
            }
            d++;
        }
        return true;
    }

    /** A measure from any lists; they are copied. */
    public static Measure of(List<IssueId> numerator, List<IssueId> denominator) {
        return new Measure(ImmutableList.copyOf(numerator), ImmutableList.copyOf(denominator));
    }

    /** The counts as a rate. */
    public Rate rate() {
        return new Rate(numerator.size(), denominator.size());
    }

    @Override
    public String toString() {
        return rate().toString();
    }
}
