package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;

/** One immutable fact of a meeting's timeline; {@link Meeting#replay} derives its state. */
public sealed interface MeetingEvent {

    /** The meeting. */
    MeetingId meeting();

    /** Who caused it. */
    Actor actor();

    /** When. */
    Instant at();

    /** Called (召集): the first event of every meeting, naming the body, when and where it meets, and its agenda. */
    record Called(MeetingId meeting, Actor actor, Instant at, BodyId body, Instant when, NodeId node,
                  List<ItemId> agenda) implements MeetingEvent {
        public Called {
            common(meeting, actor, at);
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(node, "node");
            agenda = List.copyOf(agenda);
        }
    }

    /** An item added to the agenda before the meeting closes. */
    record ItemAdded(MeetingId meeting, Actor actor, Instant at, ItemId item) implements MeetingEvent {
        public ItemAdded {
            common(meeting, actor, at);
            Objects.requireNonNull(item, "item");
        }
    }

    /** Opened with the attendance of every seat. */
    record Opened(MeetingId meeting, Actor actor, Instant at, List<Attendance> attendance) implements MeetingEvent {
        public Opened {
            common(meeting, actor, at);
            attendance = List.copyOf(attendance);
        }
    }

    /** A vote on an item, by a person taking a seat. */
    record VoteCast(MeetingId meeting, Actor actor, Instant at, ItemId item, String seat, PersonId voter,
                    Choice choice) implements MeetingEvent {
        public VoteCast {
            common(meeting, actor, at);
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(seat, "seat");
            Objects.requireNonNull(voter, "voter");
            Objects.requireNonNull(choice, "choice");
        }
    }

    /** Closed, with the minutes (会议纪要); no vote after it. */
    record Closed(MeetingId meeting, Actor actor, Instant at, String minutes) implements MeetingEvent {
        public Closed {
            common(meeting, actor, at);
            Objects.requireNonNull(minutes, "minutes");
            checkArgument(!minutes.isBlank(), "minutes must not be blank");
        }
    }

    /** Cancelled before it opened. */
    record Cancelled(MeetingId meeting, Actor actor, Instant at, Bilingual reason) implements MeetingEvent {
        public Cancelled {
            common(meeting, actor, at);
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static void common(MeetingId meeting, Actor actor, Instant at) {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
