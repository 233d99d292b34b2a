package org.gridgov.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.timeline.FollowUp;
import org.gridgov.timeline.FollowUpDecision;
import org.gridgov.deliberation.FollowUpRequest;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.ItemId;
import org.gridgov.issue.IssueStatus;

/**
 * Follows items' deadlines up: each due deadline, earliest first, is recorded as passed and the policy's actions
 * for it are appended, stamped with its due instant, so that how often a host ticks does not change the timeline.
 */
final class DeliberationTicks {
    /** At most this many deadlines per item and tick: a policy that keeps setting due deadlines cannot spin. */
    private static final int PER_ITEM = 16;

    private final EngineState state;
    private final DeliberationPolicy policy;

    DeliberationTicks(EngineState state, DeliberationPolicy policy) {
        this.state = state;
        this.policy = policy;
    }

    int tick(Instant now) {
        int handled = 0;
        for (ItemId id : state.itemDeadlines.dueBy(now)) {
            for (int i = 0; i < PER_ITEM; i++) {
                Item item = state.store.loadItem(id).orElseThrow();
                Optional<Map.Entry<String, Instant>> due = item.deadlines().entrySet().stream()
                        .filter(e -> !e.getValue().isAfter(now)).min(Map.Entry.comparingByValue(Comparator
                                .naturalOrder()));
                if (due.isEmpty() || !state.store.inTransaction(() -> followUp(item, due.get().getKey(),
                        due.get().getValue()))) {
                    break;
                }
                handled++;
            }
        }
        return handled;
    }

    private boolean followUp(Item item, String kind, Instant at) {
        Optional<Body> body = item.body().flatMap(b -> state.city.bodies().find(b));
        int open = (int) item.tasks().values().stream().map(state.store::load).flatMap(Optional::stream)
                .filter(i -> i.status() != IssueStatus.RESOLVED && i.status() != IssueStatus.CLOSED).count();
        FollowUpDecision d = policy.followUp(new FollowUpRequest(item, body, kind, at,
                Places.categoryPath(state.city, item.facts().category()), Places.level(state.city,
                item.facts().node()), open));
        ItemWork w = new ItemWork(item, item.apply(new ItemEvent.DeadlinePassed(item.id(),
                Deliberations.engineActor(), at, kind)));
        List<ItemEvent> actions = new ArrayList<>();
        for (FollowUp f : d.actions()) {
            actions.add(event(item, f, at));
        }
        actions.forEach(w::add);
        return w.refusal().isEmpty() && w.append(state);
    }

    private ItemEvent event(Item item, FollowUp f, Instant at) {
        if (f instanceof FollowUp.Warn w) {
            return new ItemEvent.Warned(item.id(), Deliberations.engineActor(), at, w.message());
        }
        if (f instanceof FollowUp.Supervise s) {
            return new ItemEvent.Supervised(item.id(), Deliberations.engineActor(), at, s.note());
        }
        FollowUp.SetDeadline d = (FollowUp.SetDeadline) f;
        return new ItemEvent.DeadlineSet(item.id(), Deliberations.engineActor(), at, d.kind(),
                Places.due(state, item.facts().node(), d.limit(), at));
    }
}
