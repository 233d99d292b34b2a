package org.gridgov.escalation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;

/**
 * What to do about a due item, and why: the actions, the rules that decided, and the pack version.
 *
 * @param actions     in order; empty to do nothing but record that the deadline passed
 * @param explanation the rules that fired and a reason in Chinese and English
 * @param policy      the pack version that decided
 */
public record EscalationDecision(List<EscalationAction> actions, Explanation explanation, PolicyVersion policy) {
    public EscalationDecision {
        actions = ImmutableList.copyOf(actions);
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(policy, "policy");
    }
}
