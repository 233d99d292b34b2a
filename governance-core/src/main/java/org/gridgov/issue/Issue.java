package org.gridgov.issue;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.organization.OrganizationId;

/**
 * An issue: a resident request, an incident, a dispute or a hotline case, as the immutable state derived from
 * its timeline of {@link IssueEvent}s. Instances are values, safe to share between threads; a command returns
 * a new instance inside an {@link Outcome} and never changes this one.
 *
 * <p><b>Lifecycle.</b> Commands and {@link #replay} use one transition function, so a timeline a command
 * built always replays. Besides the table, every event must not be earlier than the one before it
 * ({@code out-of-order}), and a {@code Reported} event is only ever the first ({@code already-reported}).
 * A refused event leaves the issue unchanged.
 *
 * <table>
 * <caption>Events, the statuses that accept them, and their effect</caption>
 * <tr><th>event</th><th>accepted in</th><th>effect</th><th>refusal codes</th></tr>
 * <tr><td>Reported 报单</td><td>first event only</td><td>NEW, facts fixed</td><td>already-reported</td></tr>
 * <tr><td>Routed 派单</td><td>NEW</td><td>DISPATCHED to the owner</td><td>wrong-status</td></tr>
 * <tr><td>Accepted 接单</td><td>DISPATCHED</td><td>IN_PROGRESS</td><td>wrong-status</td></tr>
 * <tr><td>DispatchRejected 退单</td><td>DISPATCHED</td><td>NEW, owner cleared (route it again)</td>
 *     <td>wrong-status</td></tr>
 * <tr><td>Escalated 上报/吹哨</td><td>DISPATCHED, IN_PROGRESS; level = current level + 1</td>
 *     <td>DISPATCHED to the new owner, level raised</td><td>wrong-status, wrong-escalation-level</td></tr>
 * <tr><td>Summoned 召集</td><td>DISPATCHED, IN_PROGRESS; the organization has no pending summons</td>
 *     <td>participant added</td><td>wrong-status, already-summoned</td></tr>
 * <tr><td>CheckedIn 报到</td><td>NEW, DISPATCHED, IN_PROGRESS; the organization has a pending summons</td>
 *     <td>participant checked in</td><td>wrong-status, not-summoned</td></tr>
 * <tr><td>Consulted 会商</td><td>DISPATCHED, IN_PROGRESS</td><td>none</td><td>wrong-status</td></tr>
 * <tr><td>Supervised 督办</td><td>NEW, DISPATCHED, IN_PROGRESS (an undispatched case can be pressed too)</td>
 *     <td>none</td><td>wrong-status</td></tr>
 * <tr><td>Resolved 办结</td><td>IN_PROGRESS</td><td>RESOLVED</td><td>wrong-status</td></tr>
 * <tr><td>FeedbackGiven 反馈</td><td>IN_PROGRESS, RESOLVED</td><td>none</td><td>wrong-status</td></tr>
 * <tr><td>Rated 评价</td><td>RESOLVED, CLOSED; once per round</td><td>rating set</td>
 *     <td>wrong-status, already-rated</td></tr>
 * <tr><td>Reopened 重办</td><td>RESOLVED, CLOSED; an owner exists</td><td>DISPATCHED to the last owner,
 *     round + 1, closure and deadlines cleared</td><td>wrong-status, no-owner</td></tr>
 * <tr><td>Closed 关闭</td><td>RESOLVED with any closure; NEW, DISPATCHED, IN_PROGRESS with any closure but
 *     RESOLVED</td><td>CLOSED, deadlines cleared</td><td>wrong-status, not-resolved</td></tr>
 * <tr><td>DeadlineSet 时限</td><td>any status but CLOSED</td><td>deadline of its kind replaced</td>
 *     <td>wrong-status</td></tr>
 * <tr><td>Reassigned 改派</td><td>DISPATCHED, IN_PROGRESS</td><td>owner replaced; status and level
 *     unchanged</td><td>wrong-status</td></tr>
 * <tr><td>DeadlineCleared 取消时限</td><td>any status but CLOSED; the deadline exists</td><td>that deadline
 *     removed</td><td>wrong-status, no-such-deadline</td></tr>
 * <tr><td>Warned 预警</td><td>any status but CLOSED; the deadline exists</td><td>that deadline removed</td>
 *     <td>wrong-status, no-such-deadline</td></tr>
 * <tr><td>ReportInMissed 报到超时</td><td>NEW, DISPATCHED, IN_PROGRESS; the organization has a pending summons
 *     not yet missed</td><td>participant marked missed</td><td>wrong-status, not-summoned</td></tr>
 * <tr><td>CallbackFailed 回访未接通</td><td>RESOLVED, CLOSED; any number of times</td><td>none (counted by
 *     metrics)</td><td>wrong-status</td></tr>
 * <tr><td>Excluded 不纳入考核</td><td>any status; once</td><td>excluded from assessment</td>
 *     <td>already-excluded</td></tr>
 * <tr><td>Note 备注</td><td>any status</td><td>none</td><td>none</td></tr>
 * </table>
 *
 * <p>So a CLOSED issue is frozen: it accepts only a rating (once per round), a reopening, failed callbacks, an
 * exclusion and notes. The
 * escalation level never decreases. Who may issue a command is not checked here; that is a policy.
 *
 * <p><b>Failure modes.</b> Null arguments throw {@link NullPointerException}; an event of another issue
 * throws {@link IllegalArgumentException}; both are programming errors. Lifecycle refusals are
 * {@link Outcome.Rejected} values.
 */
public final class Issue {
    private final IssueId id;
    private final IssueFacts facts;
    private final IssueStatus status;
    private final Optional<Owner> owner;
    private final int escalationLevel;
    private final ImmutableList<Participant> participants;
    private final ImmutableMap<String, Instant> deadlines;
    private final Optional<Rating> rating;
    private final boolean ratedThisRound;
    private final int round;
    private final Optional<Closure> closure;
    private final boolean excluded;
    private final ImmutableList<IssueEvent> timeline;

    Issue(Issue previous, IssueEvent event, IssueStatus status, Optional<Owner> owner, int escalationLevel,
          List<Participant> participants, Map<String, Instant> deadlines, Optional<Rating> rating,
          boolean ratedThisRound, int round, Optional<Closure> closure, boolean excluded) {
        this.id = event.issue();
        this.facts = previous == null ? ((IssueEvent.Reported) event).facts() : previous.facts;
        this.status = status;
        this.owner = owner;
        this.escalationLevel = escalationLevel;
        this.participants = ImmutableList.copyOf(participants);
        this.deadlines = ImmutableMap.copyOf(deadlines);
        this.rating = rating;
        this.ratedThisRound = ratedThisRound;
        this.round = round;
        this.closure = closure;
        this.excluded = excluded;
        this.timeline = previous == null
                ? ImmutableList.of(event)
                : ImmutableList.<IssueEvent>builderWithExpectedSize(previous.timeline.size() + 1)
                        .addAll(previous.timeline).add(event).build();
    }

    /**
     * Reports a new issue (基层报单 / 接诉). Always accepted: the facts were checked when they were built.
     *
     * @return an {@link Outcome.Accepted} holding the new issue and its {@code Reported} event
     * @throws NullPointerException if an argument is null
     */
    public static Outcome report(IssueId id, IssueFacts facts, Actor actor, Instant at) {
        IssueEvent.Reported reported = new IssueEvent.Reported(id, actor, at, facts);
        return new Outcome.Accepted(Lifecycle.start(reported), reported);
    }

    /**
     * Rebuilds an issue from its stored timeline. A stored timeline the lifecycle would not have accepted
     * means a bug or a corrupted store, so it throws rather than returning a refusal.
     *
     * @param timeline the events in order, starting with {@code Reported}
     * @throws IllegalArgumentException if the timeline is empty
     * @throws NullPointerException if the timeline or an event is null
     * @throws IllegalStateException naming the index of the first event that is not {@code Reported} where it
     *     must be, belongs to another issue, or is refused by the lifecycle
     */
    public static Issue replay(List<IssueEvent> timeline) {
        Objects.requireNonNull(timeline, "timeline");
        checkArgument(!timeline.isEmpty(), "an issue's timeline has at least its Reported event");
        IssueEvent first = Objects.requireNonNull(timeline.get(0), "event #0");
        if (!(first instanceof IssueEvent.Reported reported)) {
            throw new IllegalStateException("event #0 of issue " + first.issue() + " must be Reported, is "
                    + first.getClass().getSimpleName());
        }
        Issue issue = Lifecycle.start(reported);
        for (int i = 1; i < timeline.size(); i++) {
            IssueEvent e = timeline.get(i);
            if (e == null) {
                throw new NullPointerException("event #" + i + " is null");
            }
            if (!e.issue().equals(issue.id)) {
                throw new IllegalStateException("event #" + i + " belongs to issue " + e.issue()
                        + ", not " + issue.id);
            }
            Outcome o = Lifecycle.next(issue, e);
            if (o instanceof Outcome.Rejected r) {
                throw new IllegalStateException("event #" + i + " (" + e.getClass().getSimpleName()
                        + ") of issue " + issue.id + " is illegal: " + r.rejection());
            }
            issue = ((Outcome.Accepted) o).issue();
        }
        return issue;
    }

    /**
     * Applies a proposed event, from a command or from a policy such as escalation.
     *
     * @return the new state and the event, or the refusal; this issue is unchanged either way
     * @throws NullPointerException if the event is null
     * @throws IllegalArgumentException if the event belongs to another issue
     */
    public Outcome apply(IssueEvent proposed) {
        return Lifecycle.next(this, proposed);
    }

    /** Routes a new issue to an owner (中心派单). */
    public Outcome route(Owner owner, Bilingual reason, Actor actor, Instant at) {
        return apply(new IssueEvent.Routed(id, actor, at, owner, reason));
    }

    /** Dispatches the issue as a policy decided, recording what the decision rested on. */
    public Outcome route(Owner owner, Bilingual reason, DecisionBasis basis, Actor actor, Instant at) {
        return route(owner, reason, basis, List.of(), actor, at);
    }

    /** Dispatches the issue as a policy decided, with the organizations that handle it with the owner (协办). */
    public Outcome route(Owner owner, Bilingual reason, DecisionBasis basis, List<OrganizationId> coHandlers,
                         Actor actor, Instant at) {
        return apply(new IssueEvent.Routed(id, actor, at, owner, reason, Optional.of(basis), coHandlers));
    }

    /** The owner accepts the dispatched issue (领单). */
    public Outcome accept(Actor actor, Instant at) {
        return apply(new IssueEvent.Accepted(id, actor, at));
    }

    /** The owner refuses the dispatch (退单); the issue goes back to NEW for routing. */
    public Outcome rejectDispatch(Bilingual reason, Actor actor, Instant at) {
        return apply(new IssueEvent.DispatchRejected(id, actor, at, reason));
    }

    /** Escalates to a new owner one level up (上报 / 吹哨); the level is this issue's level + 1. */
    public Outcome escalate(Owner newOwner, Bilingual reason, Actor actor, Instant at) {
        return apply(new IssueEvent.Escalated(id, actor, at, newOwner, escalationLevel + 1, reason));
    }

    /** Escalates as a policy decided, recording what the decision rested on. */
    public Outcome escalate(Owner newOwner, Bilingual reason, DecisionBasis basis, Actor actor, Instant at) {
        return escalate(newOwner, reason, basis, List.of(), actor, at);
    }

    /** Escalates as a policy decided, with the organizations that handle it with the new owner (协办). */
    public Outcome escalate(Owner newOwner, Bilingual reason, DecisionBasis basis, List<OrganizationId> coHandlers,
                            Actor actor, Instant at) {
        return apply(new IssueEvent.Escalated(id, actor, at, newOwner, escalationLevel + 1, reason, Optional.of(basis),
                coHandlers));
    }

    /** Summons an organization to report in (吹哨召集), optionally by a time. */
    public Outcome summon(OrganizationId organization, Optional<Instant> reportInBy, Actor actor, Instant at) {
        return apply(new IssueEvent.Summoned(id, actor, at, organization, reportInBy));
    }

    /** A summoned organization reports in (报到). */
    public Outcome checkIn(OrganizationId organization, Actor actor, Instant at) {
        return apply(new IssueEvent.CheckedIn(id, actor, at, organization));
    }

    /**
     * Records a consultation (会商).
     *
     * @throws IllegalArgumentException if there are no participants or the conclusion is blank
     */
    public Outcome consult(Set<OrganizationId> participants, String conclusion, Actor actor, Instant at) {
        return apply(new IssueEvent.Consulted(id, actor, at, participants, conclusion));
    }

    /**
     * The owner reports the issue resolved (办结).
     *
     * @throws IllegalArgumentException if the summary is blank
     */
    public Outcome resolve(String summary, Actor actor, Instant at) {
        return apply(new IssueEvent.Resolved(id, actor, at, summary));
    }

    /**
     * Feeds back to the reporter (反馈).
     *
     * @throws IllegalArgumentException if the text is blank
     */
    public Outcome giveFeedback(String text, Actor actor, Instant at) {
        return apply(new IssueEvent.FeedbackGiven(id, actor, at, text));
    }

    /** Records the reporter's rating (评价); the comment may be empty. */
    public Outcome rate(Rating rating, String comment, Actor actor, Instant at) {
        return apply(new IssueEvent.Rated(id, actor, at, rating, comment));
    }

    /** Sends a resolved or closed issue back to its last owner for another round. */
    public Outcome reopen(Bilingual reason, Actor actor, Instant at) {
        return apply(new IssueEvent.Reopened(id, actor, at, reason));
    }

    /** Closes the issue for the given reason; the note may be empty. */
    public Outcome close(Closure closure, String note, Actor actor, Instant at) {
        return apply(new IssueEvent.Closed(id, actor, at, closure, note));
    }

    /**
     * Presses for handling (督办).
     *
     * @throws IllegalArgumentException if the note is blank
     */
    public Outcome supervise(String note, Actor actor, Instant at) {
        return apply(new IssueEvent.Supervised(id, actor, at, note));
    }

    /**
     * Sets or replaces the deadline of a kind, such as {@code accept} or {@code resolve}.
     *
     * @throws IllegalArgumentException if the kind is blank
     */
    public Outcome setDeadline(String kind, Instant due, Actor actor, Instant at) {
        return apply(new IssueEvent.DeadlineSet(id, actor, at, kind, due));
    }

    /** Gives the issue to another owner at the same level, e.g. the backup of an absent holder (转B岗). */
    public Outcome reassign(Owner newOwner, Bilingual reason, Actor actor, Instant at) {
        return apply(new IssueEvent.Reassigned(id, actor, at, newOwner, reason));
    }

    /** Sets or replaces the deadline of a kind; the event stores the kind's key. */
    public Outcome setDeadline(DeadlineKind kind, Instant due, Actor actor, Instant at) {
        return setDeadline(kind.key(), due, actor, at);
    }

    /** Clears a deadline of a kind that no longer applies. */
    public Outcome clearDeadline(DeadlineKind kind, Actor actor, Instant at) {
        return clearDeadline(kind.key(), actor, at);
    }

    /** Clears a deadline that no longer applies. */
    public Outcome clearDeadline(String kind, Actor actor, Instant at) {
        return apply(new IssueEvent.DeadlineCleared(id, actor, at, kind));
    }

    /** Records a warning about a deadline, which is then done with (预警). */
    public Outcome warn(String deadline, Bilingual message, Actor actor, Instant at) {
        return apply(new IssueEvent.Warned(id, actor, at, deadline, message));
    }

    /** Records that a summoned organization missed its report-in deadline (报到超时). */
    public Outcome recordMissedReportIn(OrganizationId organization, Actor actor, Instant at) {
        return apply(new IssueEvent.ReportInMissed(id, actor, at, organization));
    }

    /** Records that a callback to the reporter did not reach them (回访未接通); the note may be empty. */
    public Outcome recordFailedCallback(String note, Actor actor, Instant at) {
        return apply(new IssueEvent.CallbackFailed(id, actor, at, note));
    }

    /**
     * Marks the case as not counting in assessment (不纳入考核), in any status; refused with
     * {@code already-excluded} the second time.
     */
    public Outcome exclude(Bilingual reason, Actor actor, Instant at) {
        return apply(new IssueEvent.Excluded(id, actor, at, reason));
    }

    /**
     * Adds a note that changes nothing else.
     *
     * @throws IllegalArgumentException if the text is blank
     */
    public Outcome note(String text, Actor actor, Instant at) {
        return apply(new IssueEvent.Note(id, actor, at, text));
    }

    /** The issue's id. */
    public IssueId id() {
        return id;
    }

    /** What was reported. */
    public IssueFacts facts() {
        return facts;
    }

    /** Where the issue stands. */
    public IssueStatus status() {
        return status;
    }

    /**
     * Who is responsible now: empty before the first routing and after a dispatch rejection. A resolved or
     * closed issue keeps its last owner, to whom a reopening goes.
     */
    public Optional<Owner> owner() {
        return owner;
    }

    /** How many times the issue was escalated; 0 before any escalation, never decreasing. */
    public int escalationLevel() {
        return escalationLevel;
    }

    /**
     * The organizations that handle the issue with its owner (协办), as the latest routing or escalation decided;
     * empty after a rejected dispatch until it is routed again.
     */
    public List<OrganizationId> coHandlers() {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            IssueEvent e = timeline.get(i);
            if (e instanceof IssueEvent.Routed r) {
                return r.coHandlers();
            } else if (e instanceof IssueEvent.Escalated x) {
                return x.coHandlers();
            } else if (e instanceof IssueEvent.DispatchRejected) {
                return List.of();
            }
        }
        return List.of();
    }

    /** Summoned organizations in the order summoned, each with its check-in. */
    public ImmutableList<Participant> participants() {
        return participants;
    }

    /** The current deadline of each kind; empty once closed and at the start of a new round. */
    public ImmutableMap<String, Instant> deadlines() {
        return deadlines;
    }

    /** The deadline of a kind, if set. */
    public Optional<Instant> deadline(String kind) {
        return Optional.ofNullable(deadlines.get(kind));
    }

    /** The deadline of a kind, if set. */
    public Optional<Instant> deadline(DeadlineKind kind) {
        return deadline(kind.key());
    }

    /** True if a deadline of the kind is set. */
    public boolean hasDeadline(DeadlineKind kind) {
        return deadlines.containsKey(kind.key());
    }

    /** The latest rating, from this or an earlier round. */
    public Optional<Rating> rating() {
        return rating;
    }

    /** Whether the current round was rated, which makes another rating before a reopening a refusal. */
    public boolean ratedThisRound() {
        return ratedThisRound;
    }

    /** The number of reopenings: 0 in the first round of handling. */
    public int round() {
        return round;
    }

    /** Why the issue was closed, while it is CLOSED. */
    public Optional<Closure> closure() {
        return closure;
    }

    /**
     * Whether a reviewer excluded the case from assessment (不纳入考核). Exclusion is permanent and does not
     * change the handling; metrics leave excluded cases out and list them separately.
     */
    public boolean excluded() {
        return excluded;
    }

    /** The number of events: the expected version for the next append to the store. */
    public long version() {
        return timeline.size();
    }

    /** Every event so far, in order. */
    public ImmutableList<IssueEvent> timeline() {
        return timeline;
    }

    /** The time of the latest event; a new event must not be earlier. */
    public Instant lastEventAt() {
        return timeline.get(timeline.size() - 1).at();
    }

    /** Equal when every derived field and the timeline are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Issue i
                && id.equals(i.id) && facts.equals(i.facts) && status == i.status && owner.equals(i.owner)
                && escalationLevel == i.escalationLevel && participants.equals(i.participants)
                && deadlines.equals(i.deadlines) && rating.equals(i.rating) && ratedThisRound == i.ratedThisRound
                && round == i.round && closure.equals(i.closure) && excluded == i.excluded && timeline.equals(i.timeline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status, timeline.size());
    }

    @Override
    public String toString() {
        return "Issue[" + id + " " + status + owner.map(o -> " owner " + o).orElse("")
                + (escalationLevel > 0 ? " level " + escalationLevel : "") + (round > 0 ? " round " + round : "")
                + (excluded ? " excluded" : "") + " v" + version() + "]";
    }
}
