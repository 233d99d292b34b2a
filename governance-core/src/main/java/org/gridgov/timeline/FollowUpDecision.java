package org.gridgov.timeline;

import java.util.List;
import java.util.Objects;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;

/**
 * What to do about a timeline (an item, a service record) whose deadline fell due.
 *
 * @param actions     in the order the rules asked for them
 * @param explanation why
 * @param version     the pack that decided
 */
public record FollowUpDecision(List<FollowUp> actions, Explanation explanation, PolicyVersion version) {
    public FollowUpDecision {
        actions = List.copyOf(actions);
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(version, "version");
    }
}
