package org.gridgov.issue;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.organization.OrganizationId;

/**
 * One immutable fact of an issue's timeline. The timeline is the truth: status, owner, participants and
 * deadlines are derived from it by {@link Issue#replay}. Every event names its issue, its actor and its time.
 *
 * <p>Constructors check only the shape of an event (no nulls, no blank texts) and throw
 * {@link NullPointerException} or {@link IllegalArgumentException} on a malformed one. Whether an event may
 * happen to an issue in its current state is the lifecycle's question, answered by {@link Issue#apply} as a
 * value. Text fields written by people ({@code description}, {@code summary}...) are kept as given; reasons a
 * system produces are {@link Bilingual}.
 */
public sealed interface IssueEvent {

    /** The issue this event belongs to. */
    IssueId issue();

    /** Who caused it. */
    Actor actor();

    /** When it happened. */
    Instant at();

    /** Reported (基层报单 / 接诉): the first event of every issue, carrying its facts. */
    record Reported(IssueId issue, Actor actor, Instant at, IssueFacts facts) implements IssueEvent {
        public Reported {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(facts, "facts");
        }
    }

    /**
     * Routed (中心派单): the issue is dispatched to an owner.
     *
     * @param coHandlers organizations handling it together with the owner (协办), in the decision's order; a
     *                   missing list (events written before co-handlers were recorded) reads as empty
     */
    record Routed(IssueId issue, Actor actor, Instant at, Owner owner, Bilingual reason, Optional<DecisionBasis> basis,
                  List<OrganizationId> coHandlers) implements IssueEvent {
        public Routed {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(basis, "basis");
            coHandlers = coHandlers == null ? List.of() : List.copyOf(coHandlers);
        }

        /** A routing without co-handlers. */
        public Routed(IssueId issue, Actor actor, Instant at, Owner owner, Bilingual reason,
                      Optional<DecisionBasis> basis) {
            this(issue, actor, at, owner, reason, basis, List.of());
        }

        /** A routing decided by hand, without a policy's basis. */
        public Routed(IssueId issue, Actor actor, Instant at, Owner owner, Bilingual reason) {
            this(issue, actor, at, owner, reason, Optional.empty());
        }
    }

    /** Accepted (部门领单 / 接单): the owner takes the issue on. */
    record Accepted(IssueId issue, Actor actor, Instant at) implements IssueEvent {
        public Accepted {
            requireCommon(issue, actor, at);
        }
    }

    /** DispatchRejected (退单): the owner refuses the dispatch, for instance as outside its remit. */
    record DispatchRejected(IssueId issue, Actor actor, Instant at, Bilingual reason) implements IssueEvent {
        public DispatchRejected {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Escalated (吹哨 / 上报): responsibility moves to a higher owner.
     *
     * @param level the escalation level after this event, at least 1
     */
    record Escalated(IssueId issue, Actor actor, Instant at, Owner newOwner, int level, Bilingual reason,
                     Optional<DecisionBasis> basis, List<OrganizationId> coHandlers) implements IssueEvent {
        /** @throws IllegalArgumentException if the level is below 1 */
        public Escalated {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(newOwner, "newOwner");
            Objects.requireNonNull(reason, "reason");
            checkArgument(level >= 1, "an escalation level is at least 1, got %s", level);
            Objects.requireNonNull(basis, "basis");
            coHandlers = coHandlers == null ? List.of() : List.copyOf(coHandlers);
        }

        /** An escalation without co-handlers. */
        public Escalated(IssueId issue, Actor actor, Instant at, Owner newOwner, int level, Bilingual reason,
                         Optional<DecisionBasis> basis) {
            this(issue, actor, at, newOwner, level, reason, basis, List.of());
        }

        /** An escalation decided by hand, without a policy's basis. */
        public Escalated(IssueId issue, Actor actor, Instant at, Owner newOwner, int level, Bilingual reason) {
            this(issue, actor, at, newOwner, level, reason, Optional.empty());
        }
    }

    /** Summoned (吹哨, 各方报到): an organization is called to the issue, optionally to report in by a time. */
    record Summoned(IssueId issue, Actor actor, Instant at, OrganizationId organization,
                    Optional<Instant> reportInBy) implements IssueEvent {
        public Summoned {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(organization, "organization");
            Objects.requireNonNull(reportInBy, "reportInBy");
        }
    }

    /** CheckedIn (报到): a summoned organization reports in. */
    record CheckedIn(IssueId issue, Actor actor, Instant at, OrganizationId organization) implements IssueEvent {
        public CheckedIn {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(organization, "organization");
        }
    }

    /**
     * Consulted (会商): the parties met and agreed on a conclusion.
     *
     * @param participants the organizations taking part, non-empty; copied to an immutable set
     */
    record Consulted(IssueId issue, Actor actor, Instant at, Set<OrganizationId> participants, String conclusion)
            implements IssueEvent {
        /** @throws IllegalArgumentException if there are no participants or the conclusion is blank */
        public Consulted {
            requireCommon(issue, actor, at);
            participants = ImmutableSet.copyOf(participants);
            checkArgument(!participants.isEmpty(), "a consultation needs participants");
            requireText(conclusion, "conclusion");
        }
    }

    /** Resolved (落实 / 办结): the owner reports the issue handled. */
    record Resolved(IssueId issue, Actor actor, Instant at, String summary) implements IssueEvent {
        public Resolved {
            requireCommon(issue, actor, at);
            requireText(summary, "summary");
        }
    }

    /** FeedbackGiven (反馈): the reporter is told how the issue is handled. */
    record FeedbackGiven(IssueId issue, Actor actor, Instant at, String text) implements IssueEvent {
        public FeedbackGiven {
            requireCommon(issue, actor, at);
            requireText(text, "text");
        }
    }

    /** Rated (群众评单 / 评价): the reporter rates the handling; {@code comment} may be empty. */
    record Rated(IssueId issue, Actor actor, Instant at, Rating rating, String comment) implements IssueEvent {
        public Rated {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(comment, "comment");
        }
    }

    /** Reopened: a resolved or closed issue goes back to its last owner, starting a new round. */
    record Reopened(IssueId issue, Actor actor, Instant at, Bilingual reason) implements IssueEvent {
        public Reopened {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Closed (办结归档): the issue leaves the flow for the given reason; {@code note} may be empty. */
    record Closed(IssueId issue, Actor actor, Instant at, Closure closure, String note) implements IssueEvent {
        public Closed {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(closure, "closure");
            Objects.requireNonNull(note, "note");
        }
    }

    /** Supervised (督办 / 市委督单): a superior presses for handling. */
    record Supervised(IssueId issue, Actor actor, Instant at, String note) implements IssueEvent {
        public Supervised {
            requireCommon(issue, actor, at);
            requireText(note, "note");
        }
    }

    /**
     * DeadlineSet: a time limit of the given kind, computed by the procedure in working time. A later one of
     * the same kind replaces the earlier.
     *
     * @param kind such as {@code accept}, {@code resolve} or {@code report-in}, non-blank
     */
    record DeadlineSet(IssueId issue, Actor actor, Instant at, String kind, Instant due) implements IssueEvent {
        public DeadlineSet {
            requireCommon(issue, actor, at);
            requireText(kind, "kind");
            Objects.requireNonNull(due, "due");
        }
    }

    /**
     * Warned (预警): the owner was warned that a deadline is near or has come; the deadline of that kind is
     * done with and leaves the issue's deadlines.
     *
     * @param deadline the kind of deadline warned about, e.g. {@code warn-80}
     * @param message  what the owner was told
     */
    record Warned(IssueId issue, Actor actor, Instant at, String deadline, Bilingual message) implements IssueEvent {
        public Warned {
            requireCommon(issue, actor, at);
            requireText(deadline, "deadline");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Reassigned (转B岗): the owner changes without the issue moving up, e.g. to the backup of a post whose holder
     * is away (A/B岗). The status and the escalation level stay.
     */
    record Reassigned(IssueId issue, Actor actor, Instant at, Owner newOwner, Bilingual reason) implements IssueEvent {
        public Reassigned {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(newOwner, "newOwner");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * DeadlineCleared: a deadline of the given kind no longer applies (the stage it timed has ended and the next
     * one has no limit). Clearing a kind the issue does not have is refused.
     */
    record DeadlineCleared(IssueId issue, Actor actor, Instant at, String kind) implements IssueEvent {
        public DeadlineCleared {
            requireCommon(issue, actor, at);
            requireText(kind, "kind");
        }
    }

    /**
     * ReportInMissed (报到超时): a summoned organization let its report-in deadline pass. It is recorded against
     * the organization; it may still report in late.
     */
    record ReportInMissed(IssueId issue, Actor actor, Instant at, OrganizationId organization) implements IssueEvent {
        public ReportInMissed {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(organization, "organization");
        }
    }

    /** Note: a remark on the timeline that changes nothing. */
    record Note(IssueId issue, Actor actor, Instant at, String text) implements IssueEvent {
        public Note {
            requireCommon(issue, actor, at);
            requireText(text, "text");
        }
    }

    /**
     * CallbackFailed (回访未接通): a callback to the reporter, made to hear their rating, did not reach them (no
     * answer, wrong number, refused). It changes no derived state; it is recorded so that callback reach can be
     * measured. Several attempts may fail; {@code note} (what happened) may be empty.
     */
    record CallbackFailed(IssueId issue, Actor actor, Instant at, String note) implements IssueEvent {
        public CallbackFailed {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(note, "note");
        }
    }

    /**
     * Excluded (不纳入考核): a reviewer found the case unreasonable (a malicious, repeated or out-of-remit demand),
     * so it no longer counts in the assessment of the units that handled it. The handling itself goes on as
     * before; an issue is excluded at most once, and never included again.
     */
    record Excluded(IssueId issue, Actor actor, Instant at, Bilingual reason) implements IssueEvent {
        public Excluded {
            requireCommon(issue, actor, at);
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static void requireCommon(IssueId issue, Actor actor, Instant at) {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }

    private static void requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        checkArgument(!text.isBlank(), "%s must not be blank", name);
    }
}
