package org.gridgov.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.deliberation.AgendaDecision;
import org.gridgov.deliberation.AgendaRequest;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.CountingDecision;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.Meeting;
import org.gridgov.deliberation.Resolution;
import org.gridgov.deliberation.Tally;
import org.gridgov.deliberation.TaskSpec;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rejection;
import org.gridgov.issue.Severity;
import org.gridgov.routing.RoutingDecision;

/**
 * An item put to the vote at a quorate meeting: not carried with its count, or decided with its resolution, the
 * report-back deadline and one issue per task (三办), each routed at once and linked to the item both ways.
 */
final class Resolving {
    /** The channel task issues come in by. */
    static final ChannelId CHANNEL = new ChannelId("deliberation");

    private final EngineState state;
    private final Router router;
    private final DeliberationPolicy policy;
    private final Body body;
    private final Meeting meeting;
    private final Item item;
    private final Tally tally;
    private final CountingDecision counting;

    Resolving(EngineState state, Router router, DeliberationPolicy policy, Body body, Meeting meeting, Item item,
              Tally tally, CountingDecision counting) {
        this.state = state;
        this.router = router;
        this.policy = policy;
        this.body = body;
        this.meeting = meeting;
        this.item = item;
        this.tally = tally;
        this.counting = counting;
    }

    DeliberationOutcome resolve(Resolution resolution, Actor actor, Instant at) {
        if (!tally.carried()) {
            ItemWork w = new ItemWork(item, item.apply(new ItemEvent.NotCarried(item.id(), actor, at, meeting.id(),
                    tally)));
            return w.commit(state, Optional.of(tally), Optional.of(counting.explanation()));
        }
        Optional<Rejection> bad = checkTasks(resolution);
        if (bad.isPresent()) {
            return new DeliberationOutcome.Refused(bad.get());
        }
        ItemWork decided = new ItemWork(item, item.apply(new ItemEvent.Decided(item.id(), actor, at, meeting.id(),
                tally, resolution)));
        reportBackBy(at).ifPresent(due -> decided.add(new ItemEvent.DeadlineSet(item.id(),
                Deliberations.engineActor(), at, Item.REPORT_BACK, due)));
        if (decided.refusal().isPresent() || !decided.append(state)) {
            return decided.commit(state, Optional.of(tally), Optional.empty());
        }
        ItemWork w = decided;
        List<ItemEvent> events = new ArrayList<>(w.events());
        List<IssueId> tasks = new ArrayList<>();
        for (int n = 1; n <= resolution.tasks().size(); n++) {
            IssueId task = taskId(n);
            report(task, resolution.tasks().get(n - 1), actor, at);
            tasks.add(task);
            ItemWork assigned = new ItemWork(w.item, w.item.apply(new ItemEvent.TaskAssigned(item.id(),
                    Deliberations.engineActor(), at, n, task)));
            assigned.append(state);
            events.addAll(assigned.events());
            w = assigned;
        }
        return new DeliberationOutcome.Done(events, List.of(), tasks, Optional.of(tally),
                Optional.of(counting.explanation()));
    }

    private IssueId taskId(int n) {
        return new IssueId(item.id().value() + "-T" + n);
    }

    private Optional<Rejection> checkTasks(Resolution resolution) {
        for (int n = 1; n <= resolution.tasks().size(); n++) {
            TaskSpec t = resolution.tasks().get(n - 1);
            Optional<Rejection> bad = Places.check(state.city, t.node(), t.category());
            if (bad.isPresent()) {
                return bad;
            }
            if (state.store.version(taskId(n)) > 0) {
                return Optional.of(Rejection.of("already-reported", "任务编号已被占用: " + taskId(n),
                        "the task's issue id is taken: " + taskId(n)));
            }
        }
        return Optional.empty();
    }

    /** The policy's report-back limit from the decision, else the end of the body's next regular meeting day. */
    private Optional<Instant> reportBackBy(Instant at) {
        AgendaDecision d = policy.agenda(new AgendaRequest(item, Optional.of(body),
                Places.categoryPath(state.city, item.facts().category()), Places.level(state.city,
                item.facts().node()), at));
        if (d.reportBackWithin().isPresent()) {
            return Optional.of(Places.due(state, item.facts().node(), d.reportBackWithin().get(), at));
        }
        LocalDate day = state.local(at).toLocalDate();
        return body.cadence().nextAfter(day).map(next -> state.instant(next.atTime(LocalTime.of(23, 59))));
    }

    /** Reports a task as an issue and routes it, as a report would, with the item's tag. */
    private void report(IssueId id, TaskSpec task, Actor actor, Instant at) {
        IssueFacts facts = new IssueFacts(task.category(), CHANNEL, task.node(), Optional.empty(),
                task.text(), Severity.MEDIUM, Set.of("item:" + item.id().value()));
        state.locked(id, () -> {
            Transaction tx = new Transaction(state, null);
            tx.add(Issue.report(id, facts, actor, at));
            RoutingDecision decision = router.first(id, facts, at);
            Router.apply(tx, decision, at);
            tx.add(tx.issue().note("由议题 " + item.id() + "（" + item.facts().title() + "）的决议交办 / a task of the "
                    + "resolution on item " + item.id(), Deliberations.engineActor(), at));
            return tx.commit(Optional.of(decision));
        });
    }
}
