package org.gridgov.deliberation;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.people.PersonId;

/**
 * One immutable fact of an item's timeline; {@link Item#replay} derives its state. Constructors check shape only;
 * whether an event may happen now is {@link Item#apply}'s question, answered as a value.
 */
public sealed interface ItemEvent {

    /** The item. */
    ItemId item();

    /** Who caused it. */
    Actor actor();

    /** When. */
    Instant at();

    /** Proposed (一提): the first event of every item. */
    record Proposed(ItemId item, Actor actor, Instant at, ItemFacts facts) implements ItemEvent {
        public Proposed {
            common(item, actor, at);
            Objects.requireNonNull(facts, "facts");
        }
    }

    /** The policy says a body of a kind must take the item, and why. */
    record Referred(ItemId item, Actor actor, Instant at, BodyKind kind, Bilingual reason) implements ItemEvent {
        public Referred {
            common(item, actor, at);
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A resident supports the item, online or in person; one person counts once however often they support. */
    record Supported(ItemId item, Actor actor, Instant at, PersonId resident, SupportChannel channel)
            implements ItemEvent {
        public Supported {
            common(item, actor, at);
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** Tabled (列入议程): a body will deliberate it. */
    record Tabled(ItemId item, Actor actor, Instant at, BodyId body) implements ItemEvent {
        public Tabled {
            common(item, actor, at);
            Objects.requireNonNull(body, "body");
        }
    }

    /** Put on a meeting's agenda. */
    record Scheduled(ItemId item, Actor actor, Instant at, MeetingId meeting) implements ItemEvent {
        public Scheduled {
            common(item, actor, at);
            Objects.requireNonNull(meeting, "meeting");
        }
    }

    /** The meeting closed without deciding it: back on the body's list. */
    record Deferred(ItemId item, Actor actor, Instant at, MeetingId meeting, Bilingual reason) implements ItemEvent {
        public Deferred {
            common(item, actor, at);
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Put to the vote (二议) and not carried; the tally says why. */
    record NotCarried(ItemId item, Actor actor, Instant at, MeetingId meeting, Tally tally) implements ItemEvent {
        public NotCarried {
            common(item, actor, at);
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(tally, "tally");
            checkArgument(!tally.carried(), "a carried tally is a decision");
        }
    }

    /** Put to the vote and carried: the resolution (决议) with its tasks. */
    record Decided(ItemId item, Actor actor, Instant at, MeetingId meeting, Tally tally, Resolution resolution)
            implements ItemEvent {
        public Decided {
            common(item, actor, at);
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(tally, "tally");
            Objects.requireNonNull(resolution, "resolution");
            checkArgument(tally.carried(), "a decision needs a carried tally");
        }
    }

    /** Task {@code task} (from 1) of the resolution became an issue (三办). */
    record TaskAssigned(ItemId item, Actor actor, Instant at, int task, IssueId issue) implements ItemEvent {
        public TaskAssigned {
            common(item, actor, at);
            Objects.requireNonNull(issue, "issue");
            checkArgument(task >= 1, "tasks count from 1, got %s", task);
        }
    }

    /** Reported back at a later meeting of the body (反馈). */
    record ReportedBack(ItemId item, Actor actor, Instant at, MeetingId meeting, String report) implements ItemEvent {
        public ReportedBack {
            common(item, actor, at);
            Objects.requireNonNull(meeting, "meeting");
            nonBlank(report, "report");
        }
    }

    /** A resident rates the outcome; a later rating by the same person replaces theirs. */
    record Rated(ItemId item, Actor actor, Instant at, PersonId resident, Rating rating) implements ItemEvent {
        public Rated {
            common(item, actor, at);
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(rating, "rating");
        }
    }

    /** The body's own review (四评): the item is done with. */
    record Reviewed(ItemId item, Actor actor, Instant at, Review review, String text) implements ItemEvent {
        public Reviewed {
            common(item, actor, at);
            Objects.requireNonNull(review, "review");
            nonBlank(text, "text");
        }
    }

    /** Withdrawn before a decision. */
    record Withdrawn(ItemId item, Actor actor, Instant at, Bilingual reason) implements ItemEvent {
        public Withdrawn {
            common(item, actor, at);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A deadline of the item: {@code table}, {@code deliberate} or {@code report-back}. */
    record DeadlineSet(ItemId item, Actor actor, Instant at, String kind, Instant due) implements ItemEvent {
        public DeadlineSet {
            common(item, actor, at);
            nonBlank(kind, "kind");
            Objects.requireNonNull(due, "due");
        }
    }

    /** A deadline fell due and was handled by the policy: it no longer is one. */
    record DeadlinePassed(ItemId item, Actor actor, Instant at, String kind) implements ItemEvent {
        public DeadlinePassed {
            common(item, actor, at);
            nonBlank(kind, "kind");
        }
    }

    /** A warning to the body's convenor. */
    record Warned(ItemId item, Actor actor, Instant at, Bilingual message) implements ItemEvent {
        public Warned {
            common(item, actor, at);
            Objects.requireNonNull(message, "message");
        }
    }

    /** Supervision from above (督办) of an item stuck or a task late. */
    record Supervised(ItemId item, Actor actor, Instant at, String note) implements ItemEvent {
        public Supervised {
            common(item, actor, at);
            nonBlank(note, "note");
        }
    }

    private static void common(ItemId item, Actor actor, Instant at) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    private static void nonBlank(String text, String what) {
        Objects.requireNonNull(text, what);
        checkArgument(!text.isBlank(), "%s must not be blank", what);
    }
}
