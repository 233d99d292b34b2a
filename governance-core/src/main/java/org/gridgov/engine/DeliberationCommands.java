package org.gridgov.engine;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.AccessRequest;
import org.gridgov.authorization.CommandKind;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.BodyId;
import org.gridgov.deliberation.CountingDecision;
import org.gridgov.deliberation.CountingRequest;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.ItemStatus;
import org.gridgov.deliberation.Meeting;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.deliberation.Tally;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.timeline.Change;

/**
 * What the deliberation commands share: loading an item or a meeting (refused and audited as unknown when there is
 * none), authorizing and auditing a command at its node, the counting rules an item is put to the vote by, and
 * scheduling a tabled item for a meeting.
 */
abstract class DeliberationCommands {
    final EngineState state;
    final Gate gate;
    final DeliberationPolicy policy;

    DeliberationCommands(EngineState state, Gate gate, DeliberationPolicy policy) {
        this.state = state;
        this.gate = gate;
        this.policy = policy;
    }

    CountingDecision counting(Body body, Item item, Meeting m) {
        return policy.counting(new CountingRequest(body, item, m, Places.categoryPath(state.city,
                item.facts().category())));
    }

    Optional<ItemWork> scheduled(ItemId i, BodyId body, MeetingId meeting, Actor actor, Instant at) {
        Optional<Item> item = state.store.loadItem(i);
        if (item.isEmpty() || !item.get().body().equals(Optional.of(body))
                || item.get().status() != ItemStatus.TABLED) {
            return Optional.empty();
        }
        return Optional.of(new ItemWork(item.get(), item.get().apply(new ItemEvent.Scheduled(i, actor, at, meeting))));
    }

    static DeliberationOutcome noQuorum(Tally tally) {
        return new DeliberationOutcome.Refused(new Rejection("no-quorum", tally.why()));
    }

    DeliberationOutcome onItem(ItemId id, CommandKind kind, Actor actor, Instant at,
                                       java.util.function.Function<Item, Change<Item, ItemEvent>> command) {
        Optional<Item> loaded = state.store.loadItem(id);
        if (loaded.isEmpty()) {
            return unknownItem(kind, actor, at, id);
        }
        return guarded(kind, actor, at, loaded.get().facts().node(), "item:" + id,
                () -> new ItemWork(loaded.get(), command.apply(loaded.get())).commit(state, Optional.empty(),
                        Optional.empty()));
    }

    /** A command on a meeting and its body. */
    @FunctionalInterface
    interface OnMeeting {
        DeliberationOutcome run(Body body, Meeting meeting);
    }

    DeliberationOutcome onMeeting(MeetingId id, CommandKind kind, Actor actor, Instant at, OnMeeting command) {
        Optional<Meeting> loaded = state.store.loadMeeting(id);
        if (loaded.isEmpty()) {
            return unknown(kind, actor, at, "meeting:" + id, Rejection.of("unknown-meeting",
                    "没有编号为 " + id + " 的会议", "there is no meeting " + id));
        }
        Meeting m = loaded.get();
        Body body = state.city.bodies().find(m.body()).orElseThrow(() -> new IllegalStateException(
                "meeting " + id + " is of body " + m.body() + ", which the city no longer has"));
        return guarded(kind, actor, at, m.node(), "meeting:" + id, () -> command.run(body, m));
    }

    DeliberationOutcome unknownItem(CommandKind kind, Actor actor, Instant at, ItemId id) {
        return unknown(kind, actor, at, "item:" + id, Rejection.of("unknown-item", "没有编号为 " + id + " 的议题",
                "there is no item " + id));
    }

    /** Refused as unknown, audited at the city's root without asking whether the actor could have. */
    DeliberationOutcome unknown(CommandKind kind, Actor actor, Instant at, String subject, Rejection r) {
        gate.unknown(new AccessRequest(kind, actor, at, state.city.jurisdiction().root().id(), Optional.empty(),
                Optional.empty()), subject, r);
        return new DeliberationOutcome.Refused(r);
    }

    DeliberationOutcome guarded(CommandKind kind, Actor actor, Instant at, NodeId node, String subject,
                                        Supplier<DeliberationOutcome> command) {
        return gate.guarded(new AccessRequest(kind, actor, at, node, Optional.empty(), Optional.empty()), subject,
                command);
    }

    static DeliberationOutcome refused(String code, String zh, String en) {
        return new DeliberationOutcome.Refused(Rejection.of(code, zh, en));
    }

    static Actor engineActor() {
        return CityGovernance.engine();
    }
}
