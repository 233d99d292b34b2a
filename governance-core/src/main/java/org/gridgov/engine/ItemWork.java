package org.gridgov.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.timeline.Change;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.Tally;
import org.gridgov.issue.Rejection;
import org.gridgov.policy.Explanation;
import org.gridgov.store.AppendResult;

/**
 * One command's events on one item, proposed one after another on a working copy and appended together with the
 * version the item was loaded at: all or nothing, like an issue's {@link Transaction}.
 */
final class ItemWork {
    private final Item start;
    Item item;
    private final List<ItemEvent> events = new ArrayList<>();
    private Rejection refusal;

    /** Work on a loaded item ({@code start}), or on a new one ({@code start} null), beginning with a change. */
    ItemWork(Item start, Change<Item, ItemEvent> first) {
        this.start = start;
        this.item = start;
        add(first);
    }

    /** Applies a change; false (and the first refusal kept) if refused. */
    boolean add(Change<Item, ItemEvent> change) {
        if (change instanceof Change.Accepted<Item, ItemEvent> a) {
            item = a.state();
            events.add(a.event());
            return true;
        }
        if (refusal == null) {
            refusal = ((Change.Rejected<Item, ItemEvent>) change).rejection();
        }
        return false;
    }

    /** Proposes an event on the working copy. */
    boolean add(ItemEvent e) {
        return item != null && add(item.apply(e));
    }

    Optional<Rejection> refusal() {
        return Optional.ofNullable(refusal);
    }

    List<ItemEvent> events() {
        return events;
    }

    /** Appends; nothing is stored if anything was refused or another writer came first. */
    DeliberationOutcome commit(EngineState state, Optional<Tally> tally, Optional<Explanation> explanation) {
        if (refusal != null) {
            return new DeliberationOutcome.Refused(refusal);
        }
        if (!append(state)) {
            return new DeliberationOutcome.Conflicted("item:" + item.id());
        }
        return new DeliberationOutcome.Done(events, List.of(), List.of(), tally, explanation);
    }

    /** Appends without building an outcome; false on a conflict. */
    boolean append(EngineState state) {
        if (events.isEmpty()) {
            return true;
        }
        long expected = start == null ? 0 : start.version();
        if (!(state.store.appendItem(item.id(), expected, events) instanceof AppendResult.Appended)) {
            return false;
        }
        state.itemDeadlines.update(item.id(), item.deadlines());
        return true;
    }
}
