package org.gridgov.engine;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.gridgov.escalation.DueItem;
import org.gridgov.issue.IssueEvent;
import org.gridgov.escalation.EscalationDecision;

/**
 * What one {@link CityGovernance#tick} did.
 *
 * @param now     the tick's instant
 * @param handled each due item handled, with the decision and the events appended
 */
public record TickReport(Instant now, List<Handled> handled) {
    public TickReport {
        Objects.requireNonNull(now, "now");
        handled = ImmutableList.copyOf(handled);
    }

    /**
     * One due item and what came of it.
     *
     * @param due      the item
     * @param decision the escalation policy's decision, with its explanation
     * @param events   the events appended for it
     */
    public record Handled(DueItem due, EscalationDecision decision, List<IssueEvent> events) {
        public Handled {
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(decision, "decision");
            events = ImmutableList.copyOf(events);
        }
    }
}
