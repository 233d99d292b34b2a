package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;
import org.gridgov.timeline.Change;

/**
 * One meeting of a body, derived from its timeline: called with an agenda, opened with attendance, votes cast by
 * those who took a seat, closed with minutes. Immutable; every command returns a {@link Change}.
 *
 * <p>Refusal codes: {@code not-open} (a vote before the meeting opened), {@code meeting-closed} (anything after it
 * closed or was cancelled), {@code not-on-agenda}, {@code not-a-member} (the voter took no seat), {@code
 * already-voted}, {@code unknown-seat}, {@code already-open}, {@code already-on-agenda}.
 */
public final class Meeting {
    private final MeetingId id;
    private final BodyId body;
    private final Instant when;
    private final NodeId node;
    private final ImmutableList<ItemId> agenda;
    private final MeetingStatus status;
    private final Map<String, Attendance> attendance;
    private final ImmutableList<MeetingEvent.VoteCast> votes;
    private final Optional<String> minutes;
    private final ImmutableList<MeetingEvent> timeline;

    private Meeting(MeetingEvent.Called called, ImmutableList<ItemId> agenda, MeetingStatus status,
                    Map<String, Attendance> attendance, ImmutableList<MeetingEvent.VoteCast> votes,
                    Optional<String> minutes, ImmutableList<MeetingEvent> timeline) {
        this.id = called.meeting();
        this.body = called.body();
        this.when = called.when();
        this.node = called.node();
        this.agenda = agenda;
        this.status = status;
        this.attendance = attendance;
        this.votes = votes;
        this.minutes = minutes;
        this.timeline = timeline;
    }

    /** Calls a meeting: the first event of its timeline. */
    public static Change<Meeting, MeetingEvent> call(MeetingId id, BodyId body, Instant when, NodeId node,
                                                     List<ItemId> agenda, Actor actor, Instant at) {
        MeetingEvent.Called e = new MeetingEvent.Called(id, actor, at, body, when, node, agenda);
        if (agenda.stream().distinct().count() != agenda.size()) {
            return Change.refused("already-on-agenda", "议程中有重复的议题", "the agenda names an item twice");
        }
        return new Change.Accepted<>(new Meeting(e, ImmutableList.copyOf(agenda), MeetingStatus.CALLED, Map.of(),
                ImmutableList.of(), Optional.empty(), ImmutableList.of(e)), e);
    }

    /**
     * The meeting a stored timeline gives.
     *
     * @throws IllegalArgumentException if the timeline is empty, does not start with {@code Called}, or holds an
     *     event the meeting would refuse
     */
    public static Meeting replay(List<MeetingEvent> timeline) {
        checkArgument(!timeline.isEmpty() && timeline.get(0) instanceof MeetingEvent.Called,
                "a meeting's timeline starts with its call");
        MeetingEvent.Called c = (MeetingEvent.Called) timeline.get(0);
        Meeting m = ((Change.Accepted<Meeting, MeetingEvent>) call(c.meeting(), c.body(), c.when(), c.node(),
                c.agenda(), c.actor(), c.at())).state();
        for (MeetingEvent e : timeline.subList(1, timeline.size())) {
            Change<Meeting, MeetingEvent> change = m.apply(e);
            if (change instanceof Change.Rejected<Meeting, MeetingEvent> r) {
                throw new IllegalArgumentException("meeting " + c.meeting() + ": stored event " + e
                        + " is refused: " + r.rejection());
            }
            m = ((Change.Accepted<Meeting, MeetingEvent>) change).state();
        }
        return m;
    }

    /** Applies an event if the meeting accepts it now. */
    public Change<Meeting, MeetingEvent> apply(MeetingEvent e) {
        checkArgument(e.meeting().equals(id), "event of meeting %s applied to meeting %s", e.meeting(), id);
        if (status == MeetingStatus.CLOSED || status == MeetingStatus.CANCELLED) {
            return Change.refused("meeting-closed", "会议已" + status.displayName().zh() + "，不能再记录",
                    "the meeting is " + status.displayName().en() + "; nothing more can be recorded");
        }
        if (e instanceof MeetingEvent.ItemAdded a) {
            return agenda.contains(a.item())
                    ? Change.refused("already-on-agenda", "议题 " + a.item() + " 已在议程中",
                            "item " + a.item() + " is on the agenda already")
                    : accepted(e, ImmutableList.<ItemId>builder().addAll(agenda).add(a.item()).build(), status,
                            attendance, votes, minutes);
        }
        if (e instanceof MeetingEvent.Opened o) {
            return opened(o);
        }
        if (e instanceof MeetingEvent.VoteCast v) {
            return voted(v);
        }
        if (e instanceof MeetingEvent.Closed c) {
            return status != MeetingStatus.IN_SESSION
                    ? Change.refused("not-open", "会议尚未开始", "the meeting has not opened")
                    : accepted(e, agenda, MeetingStatus.CLOSED, attendance, votes, Optional.of(c.minutes()));
        }
        if (e instanceof MeetingEvent.Cancelled) {
            return status != MeetingStatus.CALLED
                    ? Change.refused("already-open", "会议已开始，不能取消", "the meeting has opened; it cannot be cancelled")
                    : accepted(e, agenda, MeetingStatus.CANCELLED, attendance, votes, minutes);
        }
        return Change.refused("already-called", "会议已召集", "the meeting was called already");
    }

    private Change<Meeting, MeetingEvent> opened(MeetingEvent.Opened o) {
        if (status != MeetingStatus.CALLED) {
            return Change.refused("already-open", "会议已开始", "the meeting has opened already");
        }
        Map<String, Attendance> bySeat = new LinkedHashMap<>();
        for (Attendance a : o.attendance()) {
            if (bySeat.put(a.seat(), a) != null) {
                return Change.refused("unknown-seat", "席位 " + a.seat() + " 登记了两次",
                        "seat " + a.seat() + " is recorded twice");
            }
        }
        return accepted(o, agenda, MeetingStatus.IN_SESSION, ImmutableMap.copyOf(bySeat), votes, minutes);
    }

    private Change<Meeting, MeetingEvent> voted(MeetingEvent.VoteCast v) {
        if (status != MeetingStatus.IN_SESSION) {
            return Change.refused("not-open", "会议尚未开始，不能表决", "the meeting has not opened; no vote yet");
        }
        if (!agenda.contains(v.item())) {
            return Change.refused("not-on-agenda", "议题 " + v.item() + " 不在本次会议议程中",
                    "item " + v.item() + " is not on this meeting's agenda");
        }
        Attendance a = attendance.get(v.seat());
        if (a == null || !a.persons().contains(v.voter())) {
            return Change.refused("not-a-member", v.voter() + " 未在本次会议就座（席位 " + v.seat() + "），不能表决",
                    v.voter() + " took no seat (" + v.seat() + ") at this meeting and may not vote");
        }
        boolean again = votes.stream().anyMatch(x -> x.item().equals(v.item()) && x.voter().equals(v.voter()));
        if (again) {
            return Change.refused("already-voted", v.voter() + " 已就议题 " + v.item() + " 表决",
                    v.voter() + " has voted on item " + v.item() + " already");
        }
        return accepted(v, agenda, status, attendance,
                ImmutableList.<MeetingEvent.VoteCast>builder().addAll(votes).add(v).build(), minutes);
    }

    private Change<Meeting, MeetingEvent> accepted(MeetingEvent e, ImmutableList<ItemId> agenda, MeetingStatus status,
                                                   Map<String, Attendance> attendance,
                                                   ImmutableList<MeetingEvent.VoteCast> votes,
                                                   Optional<String> minutes) {
        MeetingEvent.Called first = (MeetingEvent.Called) timeline.get(0);
        return new Change.Accepted<>(new Meeting(first, agenda, status, attendance, votes, minutes,
                ImmutableList.<MeetingEvent>builder().addAll(timeline).add(e).build()), e);
    }

    // ---- commands ---------------------------------------------------------------------------------------------

    /** Adds an item to the agenda. */
    public Change<Meeting, MeetingEvent> add(ItemId item, Actor actor, Instant at) {
        return apply(new MeetingEvent.ItemAdded(id, actor, at, item));
    }

    /**
     * Opens the meeting with the attendance given; every seat of the body it does not name is recorded absent.
     * Refused ({@code unknown-seat}) if it names a seat the body lacks.
     */
    public Change<Meeting, MeetingEvent> open(Body of, List<Attendance> given, Actor actor, Instant at) {
        checkArgument(of.id().equals(body), "meeting %s is of body %s, not %s", id, body, of.id());
        Map<String, Attendance> named = new LinkedHashMap<>();
        for (Attendance a : given) {
            if (of.seat(a.seat()).isEmpty()) {
                return Change.refused("unknown-seat", of.name().zh() + "没有席位 " + a.seat(),
                        of.name().en() + " has no seat " + a.seat());
            }
            named.put(a.seat(), a);
        }
        List<Attendance> all = new ArrayList<>();
        for (Seat s : of.seats()) {
            all.add(named.getOrDefault(s.key(), new Attendance(s.key(), Presence.ABSENT, List.of())));
        }
        return apply(new MeetingEvent.Opened(id, actor, at, all));
    }

    /**
     * A vote by a person who took a seat; by-seat bodies take one vote per seat ({@code already-voted} when the
     * seat has voted, by whoever sat in it).
     */
    public Change<Meeting, MeetingEvent> vote(Body of, ItemId item, PersonId voter, Choice choice, Actor actor,
                                              Instant at) {
        Optional<String> seat = seatOf(voter);
        String key = seat.orElse("");
        if (seat.isPresent() && of.voting() == VotingMode.BY_SEAT && votesOn(item).stream()
                .anyMatch(v -> v.seat().equals(key))) {
            return Change.refused("already-voted", "席位 " + key + " 已就议题 " + item + " 表决",
                    "seat " + key + " has voted on item " + item + " already");
        }
        return apply(new MeetingEvent.VoteCast(id, actor, at, item, key, voter, choice));
    }

    /** Closes the meeting with its minutes. */
    public Change<Meeting, MeetingEvent> close(String minutes, Actor actor, Instant at) {
        return apply(new MeetingEvent.Closed(id, actor, at, minutes));
    }

    /** Cancels a meeting not yet opened. */
    public Change<Meeting, MeetingEvent> cancel(Bilingual reason, Actor actor, Instant at) {
        return apply(new MeetingEvent.Cancelled(id, actor, at, reason));
    }

    // ---- queries ----------------------------------------------------------------------------------------------

    /** The seat a person took, if any. */
    public Optional<String> seatOf(PersonId person) {
        return attendance.values().stream().filter(a -> a.persons().contains(person)).map(Attendance::seat)
                .findFirst();
    }

    /** The votes cast on an item, in order. */
    public List<MeetingEvent.VoteCast> votesOn(ItemId item) {
        return votes.stream().filter(v -> v.item().equals(item)).toList();
    }

    /** The attendance by seat, in the body's seat order; empty before the meeting opened. */
    public List<Attendance> attendance() {
        return List.copyOf(attendance.values());
    }

    /** The meeting's id. */
    public MeetingId id() {
        return id;
    }

    /** The body meeting. */
    public BodyId body() {
        return body;
    }

    /** When it meets. */
    public Instant when() {
        return when;
    }

    /** Where it meets. */
    public NodeId node() {
        return node;
    }

    /** The items on its agenda, in order. */
    public List<ItemId> agenda() {
        return agenda;
    }

    /** Where it stands. */
    public MeetingStatus status() {
        return status;
    }

    /** The minutes, once closed. */
    public Optional<String> minutes() {
        return minutes;
    }

    /** When it closed, if it did. */
    public Optional<Instant> closedAt() {
        return status == MeetingStatus.CLOSED ? Optional.of(timeline.get(timeline.size() - 1).at()) : Optional.empty();
    }

    /** The number of events. */
    public long version() {
        return timeline.size();
    }

    /** Its timeline. */
    public List<MeetingEvent> timeline() {
        return timeline;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Meeting m && m.timeline.equals(timeline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeline);
    }

    @Override
    public String toString() {
        return "Meeting[" + id + " of " + body + ", " + status + ", " + agenda.size() + " items]";
    }
}
