package org.gridgov.deliberation;

import java.util.List;
import java.util.Objects;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;

/**
 * How an item is counted: the quorum and majority that apply, and the rules that chose them.
 *
 * @param quorum      the quorum rule
 * @param majority    the majority rule
 * @param rules       the rules that made them stricter than the body's own (empty: the body's own)
 * @param explanation why
 * @param version     the pack that decided
 */
public record CountingDecision(QuorumRule quorum, MajorityRule majority, List<String> rules,
                               Explanation explanation, PolicyVersion version) {
    public CountingDecision {
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(majority, "majority");
        rules = List.copyOf(rules);
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(version, "version");
    }
}
