package org.gridgov.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.Outcome;
import org.gridgov.issue.Rejection;
import org.gridgov.procedure.Procedure;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.store.AppendResult;
import org.gridgov.time.Deadline;
import org.gridgov.time.TimeLimit;

/**
 * One command's or one due item's events, proposed one after another on a working copy of the issue and then
 * appended together with the version the issue was loaded at: all or nothing.
 */
final class Transaction {
    private final EngineState state;
    private final Issue start;
    private Issue issue;
    private final List<IssueEvent> events = new ArrayList<>();
    private Rejection refusal;

    /** A transaction on a loaded issue, or on none ({@code start} null) for a report. */
    Transaction(EngineState state, Issue start) {
        this.state = state;
        this.start = start;
        this.issue = start;
    }

    /** The working copy, with every accepted event applied. */
    Issue issue() {
        return issue;
    }

    /** Applies an outcome; false (and the first refusal remembered) if refused. */
    boolean add(Outcome outcome) {
        if (outcome instanceof Outcome.Accepted a) {
            issue = a.issue();
            events.add(a.event());
            return true;
        }
        if (refusal == null) {
            refusal = ((Outcome.Rejected) outcome).rejection();
        }
        return false;
    }

    /** When a limit counted from an instant runs out, in the calendar of the issue's location. */
    Instant dueFrom(TimeLimit limit, Instant from) {
        return state.dueFrom(limit, from, issue);
    }

    /** The resolve deadline of a limit from an instant, and the warning instants before it. */
    void deadlines(TimeLimit limit, Instant from) {
        Deadline d = Deadline.start(state.local(from), limit, state.calendar(issue));
        for (double f : state.settings.warningFractions()) {
            d.warningAt(f).ifPresent(w -> add(issue.setDeadline(DeadlineKind.warning(f), state.instant(w),
                    CityGovernance.engine(), from)));
        }
        add(issue.setDeadline(DeadlineKind.RESOLVE, state.instant(d.due().orElseThrow()), CityGovernance.engine(),
                from));
    }

    /** The remembered refusal as the command's outcome. */
    CommandOutcome refused() {
        return new CommandOutcome.Refused(refusal);
    }

    /**
     * Appends the events with the version the issue was loaded at. Another writer of the same store (a second
     * engine, another process) that appended meanwhile makes it {@link CommandOutcome.Conflicted}: nothing is
     * stored and the index is brought up to what the store holds.
     */
    CommandOutcome commit(Optional<RoutingDecision> decision) {
        followProcedure();
        if (events.isEmpty()) {
            return refusal != null ? refused() : new CommandOutcome.Done(issue, List.of(), decision);
        }
        long expected = start == null ? 0 : start.version();
        AppendResult result = state.store.append(issue.id(), expected, events);
        if (result instanceof AppendResult.Conflict c) {
            state.store.load(issue.id()).ifPresent(state.index::update);
            return new CommandOutcome.Conflicted(issue.id(), c);
        }
        state.index.update(issue);
        return new CommandOutcome.Done(issue, events, decision);
    }

    /**
     * Keeps the {@code stage} deadline in step with the procedure: when the events moved the issue into a stage
     * (or back into one), its limit is set from the instant it was entered, or cleared if it has none.
     */
    private void followProcedure() {
        Optional<Procedure> followed = state.settings.procedureFor(issue);
        if (followed.isEmpty() || events.isEmpty() || !issue.status().isOpen()) {
            return;
        }
        Procedure procedure = followed.get();
        var now = procedure.stateOf(issue);
        boolean moved = start == null || !procedure.stateOf(start).currentVisit().equals(now.currentVisit());
        if (!moved) {
            return;
        }
        Instant at = events.get(events.size() - 1).at();
        Optional<Instant> due = now.dueInstant(state.calendar(issue), state.city.zone());
        if (due.isPresent()) {
            add(issue.setDeadline(DeadlineKind.STAGE, due.get(), CityGovernance.engine(), at));
        } else if (issue.hasDeadline(DeadlineKind.STAGE)) {
            add(issue.clearDeadline(DeadlineKind.STAGE, CityGovernance.engine(), at));
        }
    }
}
