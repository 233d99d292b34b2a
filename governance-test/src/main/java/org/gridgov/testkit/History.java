package org.gridgov.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gridgov.engine.CityGovernance;
import org.gridgov.issue.IssueId;

/**
 * A generated sequence of steps: reports, actions on the reported issues, and clock ticks, each a while after
 * the one before.
 *
 * @param steps the steps, in order
 */
public record History(List<Step> steps) {
    public History {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }

    /**
     * Plays the history on an engine, checking the invariants after every step (and, after every tick, that a
     * second tick at the same instant does nothing).
     *
     * @param engine the engine, usually over an empty store
     * @param start  the instant before the first step
     * @param watch  the invariant checks, watching the same engine
     * @return the instant of the last step
     * @throws InvariantViolation at the first step after which an invariant does not hold
     */
    public Instant play(CityGovernance engine, Instant start, GovernanceInvariants watch) {
        List<IssueId> reported = new ArrayList<>();
        Instant now = start;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            now = now.plus(step.after());
            step.apply(engine, reported, now);
            String where = "step " + (i + 1) + " (" + step + ")";
            watch.check(reported, where);
            if (step instanceof Step.Tick) {
                watch.checkTickIdempotent(now, where);
            }
        }
        return now;
    }
}
