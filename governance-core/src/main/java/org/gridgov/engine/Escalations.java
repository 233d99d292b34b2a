package org.gridgov.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.gridgov.escalation.Due;
import org.gridgov.escalation.DueItem;
import org.gridgov.escalation.EscalationDecision;
import org.gridgov.escalation.EscalationPolicy;
import org.gridgov.escalation.EscalationRequest;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueId;
import org.gridgov.procedure.StageId;

/**
 * The engine's use of the escalation policy: ticks, the catch-up a command does before it is judged, and the
 * reactions (an unsatisfied rating, parties checked in) that are asked at once.
 */
final class Escalations {
    /** At most this many due items of one issue are handled in one go. */
    private static final int MAX_CATCH_UP = 10_000;

    private final EngineState state;
    private final EscalationPolicy escalation;
    private final Rerouting rerouting;

    Escalations(EngineState state, EscalationPolicy escalation, Rerouting rerouting) {
        this.state = state;
        this.escalation = Objects.requireNonNull(escalation, "escalation");
        this.rerouting = rerouting;
    }

    /** See {@link CityGovernance#tick}. */
    TickReport tick(Instant now) {
        List<TickReport.Handled> handled = new ArrayList<>();
        Set<IssueId> issues = new LinkedHashSet<>();
        state.index.dueAt(now).forEach(item -> issues.add(item.issue()));
        for (IssueId id : issues) {
            state.locked(id, () -> handled.addAll(state.store.inTransaction(() -> catchUp(id, due -> !due.isAfter(now)))));
        }
        handled.sort(Comparator.comparing(TickReport.Handled::due, DueItem.ORDER));
        return new TickReport(now, handled);
    }

    /**
     * The issue as it stands at {@code at}, after everything that fell due before that instant was handled as a
     * tick would have: a command is judged against the deadlines it crosses by its own instant, whenever the
     * host last ticked. A command exactly at a deadline is on time. Called under the issue's lock.
     */
    Optional<Issue> caughtUp(IssueId id, Instant at) {
        if (state.index.hasItemBefore(id, at)) {
            catchUp(id, due -> due.isBefore(at));
        }
        return state.store.load(id);
    }

    /** Hands a reaction to the escalation policy at once and applies its actions to the transaction. */
    void react(Transaction tx, Due.Reactions reaction, Instant at) {
        DueItem item = DueItem.reaction(tx.issue().id(), reaction, at);
        Actions.apply(rerouting, tx, item, decide(tx.issue(), item, at), at);
    }

    /** Handles an issue's due items while the earliest is due, each at its due instant. */
    private List<TickReport.Handled> catchUp(IssueId id, Predicate<Instant> isDue) {
        List<TickReport.Handled> handled = new ArrayList<>();
        Optional<Issue> current = state.store.load(id);
        // Each handled item is used up and positive limits set later deadlines, so this ends; the cap keeps a
        // pathological policy from holding the lock for long: what is left waits for the next tick or command.
        for (int n = 0; n < MAX_CATCH_UP && current.isPresent(); n++) {
            List<DueItem> items = DeadlineIndex.itemsOf(current.get());
            if (items.isEmpty() || !isDue.test(items.get(0).due())) {
                break;
            }
            Optional<CommandOutcome.Done> done = handle(current.get(), items.get(0), handled);
            if (done.isEmpty() || done.get().events().isEmpty()) {
                break; // nothing appended: the lifecycle refused every event, or another writer came first
            }
            current = Optional.of(done.get().issue());
        }
        return handled;
    }

    /** Asks the escalation policy about one due item and appends what it decided, at the item's instant. */
    private Optional<CommandOutcome.Done> handle(Issue issue, DueItem item, List<TickReport.Handled> handled) {
        Instant at = item.due();
        EscalationDecision decision = decide(issue, item, at);
        Transaction tx = new Transaction(state, issue);
        Actions.apply(rerouting, tx, item, decision, at);
        if (DeadlineIndex.itemsOf(tx.issue()).contains(item)) {
            // The actions did not use the item up: record that it passed, so that it is not handled again.
            Issue current = tx.issue();
            tx.add(item.reportingOrganization()
                    .map(org -> current.recordMissedReportIn(org, CityGovernance.engine(), at))
                    .orElseGet(() -> current.warn(item.key(), Bilingual.of("时限已到: " + item.key(),
                            "deadline reached: " + item.key()), CityGovernance.engine(), at)));
        }
        if (!(tx.commit(Optional.empty()) instanceof CommandOutcome.Done done)) {
            return Optional.empty();
        }
        handled.add(new TickReport.Handled(item, decision, done.events()));
        return Optional.of(done);
    }

    private EscalationDecision decide(Issue issue, DueItem item, Instant at) {
        return escalation.decide(new EscalationRequest(issue, item, state.city, at,
                state.emergency(issue.facts().location(), at), stageOf(issue)));
    }

    private Optional<StageId> stageOf(Issue issue) {
        return state.settings.procedureFor(issue).map(p -> p.stateOf(issue).current());
    }
}
