package org.gridgov.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.CommandKind;
import org.gridgov.deliberation.AgendaDecision;
import org.gridgov.deliberation.AgendaRequest;
import org.gridgov.deliberation.Attendance;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.BodyId;
import org.gridgov.deliberation.BodyRecord;
import org.gridgov.deliberation.BodyScore;
import org.gridgov.deliberation.Choice;
import org.gridgov.deliberation.CountingDecision;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.ItemFacts;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.ItemStatus;
import org.gridgov.deliberation.Meeting;
import org.gridgov.deliberation.MeetingEvent;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.deliberation.Resolution;
import org.gridgov.deliberation.Review;
import org.gridgov.deliberation.ScoreRequest;
import org.gridgov.deliberation.SupportChannel;
import org.gridgov.deliberation.Tally;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;
import org.gridgov.timeline.Change;

/**
 * The city's deliberation (一提二议三办四评), the one way to write to items and meetings: propose an item, table it at
 * a body, call a meeting with an agenda, open it with attendance, vote, put an item to the vote and resolve it,
 * close the meeting, report back at a later meeting, rate and review. A resolution's tasks become issues of the
 * engine at once, routed and escalated like any other, tagged {@code item:<id>} and numbered {@code <item>-T<n>};
 * {@link #tick} follows items' deadlines up with the policy.
 *
 * <p>Every command is authorized like an issue command (by the engine's permissions, at the item's or the body's
 * node) and audited naming its item or meeting; it returns a {@link DeliberationOutcome}: refused with a bilingual
 * reason and nothing stored (not tabled, no quorum, not a member, the meeting closed …), or done with the events.
 * A vote or a decision is refused while the meeting lacks the quorum that applies to the item, so no item is ever
 * decided by a meeting without one. Commands are serialized per engine; appends carry expected versions.
 */
public final class Deliberations extends DeliberationCommands {
    private final Router router;
    private final DeliberationTicks ticks;

    Deliberations(EngineState state, Gate gate, Router router, DeliberationPolicy policy) {
        super(state, gate, policy);
        this.router = router;
        this.ticks = new DeliberationTicks(state, policy);
    }

    // ---- items ------------------------------------------------------------------------------------------------

    /**
     * Proposes an item (一提). The policy is asked at once whether a kind of body must take it and by when it must be
     * tabled; both are recorded on its timeline. The cases an item is raised from must exist ({@code unknown-issue}).
     */
    public synchronized DeliberationOutcome propose(ItemId id, ItemFacts facts, Actor actor, Instant at) {
        return guarded(CommandKind.PROPOSE, actor, at, facts.node(), "item:" + id, () -> {
            if (state.store.itemTimeline(id).isEmpty() == false) {
                return refused("already-proposed", "议题编号已存在: " + id, "an item with id " + id + " exists already");
            }
            Optional<Rejection> bad = Places.check(state.city, facts.node(), facts.category());
            if (bad.isPresent()) {
                return new DeliberationOutcome.Refused(bad.get());
            }
            Optional<IssueId> missing = facts.sources().stream().filter(i -> state.store.version(i) == 0).findFirst();
            if (missing.isPresent()) {
                return refused("unknown-issue", "议题所依据的案件 " + missing.get() + " 不存在",
                        "the item is raised from case " + missing.get() + ", which does not exist");
            }
            ItemWork w = new ItemWork(null, Item.propose(id, facts, actor, at));
            AgendaDecision d = policy.agenda(new AgendaRequest(w.item, Optional.empty(),
                    Places.categoryPath(state.city, facts.category()), Places.level(state.city, facts.node()), at));
            d.mustTake().ifPresent(k -> w.add(new ItemEvent.Referred(id, engineActor(), at, k,
                    d.explanation().reason())));
            d.tableWithin().ifPresent(l -> w.add(new ItemEvent.DeadlineSet(id, engineActor(), at, Item.TABLE,
                    Places.due(state, facts.node(), l, at))));
            return w.commit(state, Optional.empty(), Optional.of(d.explanation()));
        });
    }

    /** A resident supports an item, online or in person; the same person counts once (see {@link Item#supporters}). */
    public synchronized DeliberationOutcome support(ItemId id, PersonId resident, SupportChannel channel, Actor actor,
                                                    Instant at) {
        return onItem(id, CommandKind.SUPPORT, actor, at, item -> item.support(resident, channel, actor, at));
    }

    /**
     * Tables an item at a body (列入议程). Refused if the body is unknown, the item lies outside the body's node, or
     * the policy said a body of another kind must take it. The policy then sets when it must be deliberated.
     */
    public synchronized DeliberationOutcome table(ItemId id, BodyId bodyId, Actor actor, Instant at) {
        Optional<Item> loaded = state.store.loadItem(id);
        if (loaded.isEmpty()) {
            return unknownItem(CommandKind.TABLE, actor, at, id);
        }
        Item item = loaded.get();
        return guarded(CommandKind.TABLE, actor, at, item.facts().node(), "item:" + id, () -> {
            Optional<Body> body = state.city.bodies().find(bodyId);
            if (body.isEmpty()) {
                return refused("unknown-body", "没有编号为 " + bodyId + " 的议事机构", "there is no body " + bodyId);
            }
            Optional<Rejection> fit = Places.fits(state.city, item, body.get());
            if (fit.isPresent()) {
                return new DeliberationOutcome.Refused(fit.get());
            }
            ItemWork w = new ItemWork(item, item.table(bodyId, actor, at));
            AgendaDecision d = policy.agenda(new AgendaRequest(w.item, body, Places.categoryPath(state.city,
                    item.facts().category()), Places.level(state.city, item.facts().node()), at));
            d.deliberateWithin().ifPresent(l -> w.add(new ItemEvent.DeadlineSet(id, engineActor(), at,
                    Item.DELIBERATE, Places.due(state, item.facts().node(), l, at))));
            return w.commit(state, Optional.empty(), Optional.of(d.explanation()));
        });
    }

    /** Withdraws an item before a decision. */
    public synchronized DeliberationOutcome withdraw(ItemId id, Bilingual reason, Actor actor, Instant at) {
        return onItem(id, CommandKind.WITHDRAW, actor, at, item -> item.withdraw(reason, actor, at));
    }

    /** A resident rates the outcome of a decided item; a person's later rating replaces their earlier one. */
    public synchronized DeliberationOutcome rate(ItemId id, PersonId resident, Rating rating, Actor actor,
                                                 Instant at) {
        return onItem(id, CommandKind.EVALUATE, actor, at, item -> item.rate(resident, rating, actor, at));
    }

    /** The body reviews an item reported back (四评); the item is then done with. */
    public synchronized DeliberationOutcome review(ItemId id, Review verdict, String text, Actor actor, Instant at) {
        return onItem(id, CommandKind.REVIEW, actor, at, item -> item.review(verdict, text, actor, at));
    }

    /**
     * Reports back on a decided item at a later meeting of its body (反馈): refused at the meeting that decided it,
     * at another body's meeting, or at a meeting not in session.
     */
    public synchronized DeliberationOutcome reportBack(ItemId id, MeetingId meetingId, String report, Actor actor,
                                                       Instant at) {
        return onItem(id, CommandKind.REPORT_BACK, actor, at, item -> {
            Optional<Meeting> m = state.store.loadMeeting(meetingId);
            if (m.isEmpty() || !item.body().equals(Optional.of(m.get().body()))) {
                return Change.refused("not-on-agenda", "会议 " + meetingId + " 不是该议题所属议事机构的会议",
                        "meeting " + meetingId + " is not a meeting of the item's body");
            }
            if (m.get().status() != org.gridgov.deliberation.MeetingStatus.IN_SESSION) {
                return Change.refused("not-open", "会议 " + meetingId + " 不在进行中", "meeting " + meetingId
                        + " is not in session");
            }
            return item.apply(new ItemEvent.ReportedBack(id, actor, at, meetingId, report));
        });
    }

    // ---- meetings ---------------------------------------------------------------------------------------------

    /**
     * Calls a meeting of a body for an instant with an agenda of items tabled at it (二议 scheduled); each item is
     * then scheduled for it.
     */
    public synchronized DeliberationOutcome call(MeetingId id, BodyId bodyId, Instant when, List<ItemId> agenda,
                                                 Actor actor, Instant at) {
        Optional<Body> body = state.city.bodies().find(bodyId);
        NodeId node = body.map(Body::node).orElse(state.city.jurisdiction().root().id());
        return guarded(CommandKind.CONVENE, actor, at, node, "meeting:" + id, () -> {
            if (body.isEmpty()) {
                return refused("unknown-body", "没有编号为 " + bodyId + " 的议事机构", "there is no body " + bodyId);
            }
            if (!state.store.meetingTimeline(id).isEmpty()) {
                return refused("already-called", "会议编号已存在: " + id, "a meeting with id " + id + " exists already");
            }
            Change<Meeting, MeetingEvent> called = Meeting.call(id, bodyId, when, node, agenda, actor, at);
            if (called instanceof Change.Rejected<Meeting, MeetingEvent> r) {
                return new DeliberationOutcome.Refused(r.rejection());
            }
            List<ItemWork> items = new ArrayList<>();
            for (ItemId i : agenda) {
                Optional<ItemWork> w = scheduled(i, bodyId, id, actor, at);
                if (w.isEmpty()) {
                    return refused("not-tabled", "议题 " + i + " 未列入 " + body.get().name().zh() + " 的议程",
                            "item " + i + " is not tabled at " + body.get().name().en());
                }
                items.add(w.get());
            }
            return MeetingWork.of(null, called).commit(state, items);
        });
    }

    /** Adds an item tabled at the meeting's body to its agenda, before the meeting closes. */
    public synchronized DeliberationOutcome schedule(MeetingId id, ItemId item, Actor actor, Instant at) {
        return onMeeting(id, CommandKind.CONVENE, actor, at, (body, m) -> {
            Optional<ItemWork> w = scheduled(item, body.id(), id, actor, at);
            if (w.isEmpty()) {
                return new DeliberationOutcome.Refused(Rejection.of("not-tabled", "议题 " + item + " 未列入 "
                        + body.name().zh() + " 的议程", "item " + item + " is not tabled at " + body.name().en()));
            }
            return MeetingWork.of(m, m.add(item, actor, at)).commit(state, List.of(w.get()));
        });
    }

    /**
     * Opens a meeting with its attendance; seats it does not name are absent. Refused ({@code not-a-member}) if
     * someone recorded as present does not hold the post their seat stands for (a representative may be anyone).
     */
    public synchronized DeliberationOutcome open(MeetingId id, List<Attendance> attendance, Actor actor,
                                                 Instant at) {
        return onMeeting(id, CommandKind.CONVENE, actor, at, (body, m) -> {
            Optional<Rejection> stranger = SeatCheck.check(state.city, body, attendance, at);
            return stranger.isPresent() ? new DeliberationOutcome.Refused(stranger.get())
                    : MeetingWork.of(m, m.open(body, attendance, actor, at)).commit(state, List.of());
        });
    }

    /**
     * A vote on an item by a person who took a seat. Refused while the meeting lacks the quorum the item is counted
     * by ({@code no-quorum}), for a person who took no seat ({@code not-a-member}), or after the meeting closed.
     */
    public synchronized DeliberationOutcome vote(MeetingId id, ItemId item, PersonId voter, Choice choice,
                                                 Actor actor, Instant at) {
        return onMeeting(id, CommandKind.VOTE, actor, at, (body, m) -> {
            Optional<Item> it = state.store.loadItem(item);
            if (it.isPresent() && m.status() == org.gridgov.deliberation.MeetingStatus.IN_SESSION
                    && m.agenda().contains(item)) {
                CountingDecision c = counting(body, it.get(), m);
                if (!Tally.quorate(body, m, c.quorum())) {
                    return noQuorum(Tally.count(body, m, item, c.quorum(), c.majority(), c.rules()));
                }
            }
            return MeetingWork.of(m, m.vote(body, item, voter, choice, actor, at)).commit(state, List.of());
        });
    }

    /**
     * Puts an item on the meeting's agenda to the vote and records the result: a resolution with its tasks when
     * it carries (each task reported as an issue at once), or not carried with the count and why. Refused while
     * the meeting is not in session or lacks the quorum the item is counted by.
     */
    public synchronized DeliberationOutcome decide(MeetingId id, ItemId itemId, Resolution resolution, Actor actor,
                                                   Instant at) {
        return onMeeting(id, CommandKind.DECIDE, actor, at, (body, m) -> {
            if (m.status() != org.gridgov.deliberation.MeetingStatus.IN_SESSION) {
                return refused("not-open", "会议不在进行中，不能表决议题", "the meeting is not in session; nothing can be put to the vote");
            }
            Optional<Item> loaded = state.store.loadItem(itemId);
            if (loaded.isEmpty()) {
                return refused("unknown-item", "没有编号为 " + itemId + " 的议题", "there is no item " + itemId);
            }
            CountingDecision c = counting(body, loaded.get(), m);
            Tally tally = Tally.count(body, m, itemId, c.quorum(), c.majority(), c.rules());
            if (!tally.quorate()) {
                return noQuorum(tally);
            }
            return new Resolving(state, router, policy, body, m, loaded.get(), tally, c).resolve(resolution, actor, at);
        });
    }

    /** Closes a meeting with its minutes; agenda items it did not put to the vote go back to the body's list. */
    public synchronized DeliberationOutcome close(MeetingId id, String minutes, Actor actor, Instant at) {
        return onMeeting(id, CommandKind.CONVENE, actor, at, (body, m) -> {
            List<ItemWork> deferred = new ArrayList<>();
            for (ItemId i : m.agenda()) {
                Item item = state.store.loadItem(i).orElseThrow();
                if (item.status() == ItemStatus.SCHEDULED && item.meeting().equals(Optional.of(id))) {
                    deferred.add(new ItemWork(item, item.apply(new ItemEvent.Deferred(i, actor, at, id,
                            Bilingual.of("会议未表决，退回议程待下次会议", "not put to the vote; back on the list for the next meeting")))));
                }
            }
            return MeetingWork.of(m, m.close(minutes, actor, at)).commit(state, deferred);
        });
    }

    /** Cancels a meeting not yet opened; its items go back to the body's list. */
    public synchronized DeliberationOutcome cancel(MeetingId id, Bilingual reason, Actor actor, Instant at) {
        return onMeeting(id, CommandKind.CONVENE, actor, at, (body, m) -> {
            List<ItemWork> deferred = new ArrayList<>();
            for (ItemId i : m.agenda()) {
                Item item = state.store.loadItem(i).orElseThrow();
                if (item.status() == ItemStatus.SCHEDULED && item.meeting().equals(Optional.of(id))) {
                    deferred.add(new ItemWork(item, item.apply(new ItemEvent.Deferred(i, actor, at, id, reason))));
                }
            }
            return MeetingWork.of(m, m.cancel(reason, actor, at)).commit(state, deferred);
        });
    }

    // ---- ticks and queries ------------------------------------------------------------------------------------

    /**
     * Follows up every item deadline due at or before {@code now}, each at its own instant: the policy's warnings,
     * supervision and new deadlines are appended, and the deadline is recorded as passed, so a second tick at the
     * same instant does nothing. {@link CityGovernance#tick} calls it.
     *
     * @return the number of deadlines handled
     */
    public synchronized int tick(Instant now) {
        return ticks.tick(now);
    }

    /** An item as it stands. */
    public Optional<Item> item(ItemId id) {
        return state.store.loadItem(id);
    }

    /** Every item, in the order proposed. */
    public List<Item> items() {
        return state.store.itemIds().stream().map(state.store::loadItem).flatMap(Optional::stream).toList();
    }

    /** A meeting as it stands. */
    public Optional<Meeting> meeting(MeetingId id) {
        return state.store.loadMeeting(id);
    }

    /** Every meeting, in the order called. */
    public List<Meeting> meetings() {
        return state.store.meetingIds().stream().map(state.store::loadMeeting).flatMap(Optional::stream).toList();
    }

    /** The item a task issue was created for, if it is one (its {@code item:<id>} tag). */
    public Optional<ItemId> itemOfTask(IssueId issue) {
        return state.store.load(issue).flatMap(i -> i.facts().tags().stream().filter(t -> t.startsWith("item:"))
                .findFirst()).map(t -> new ItemId(t.substring(5)));
    }

    /**
     * A body's record over a period, counted from the store.
     *
     * @throws IllegalArgumentException if the body is unknown
     */
    public BodyRecord record(BodyId body, Instant from, Instant to) {
        Body b = state.city.bodies().find(body).orElseThrow(() -> new IllegalArgumentException("unknown body " + body));
        return BodyRecord.of(b, from, to, items(), meetings(), issue -> state.store.load(issue)
                .map(i -> i.status() == IssueStatus.RESOLVED || i.status() == IssueStatus.CLOSED).orElse(false));
    }

    /**
     * A body's score over a period with the policy's scoring rules.
     *
     * @throws IllegalArgumentException if the body is unknown
     */
    public BodyScore score(BodyId body, Instant from, Instant to) {
        Body b = state.city.bodies().find(body).orElseThrow(() -> new IllegalArgumentException("unknown body " + body));
        return policy.score(new ScoreRequest(b, record(body, from, to)));
    }
}
