package org.gridgov.service;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.issue.Rejection;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.timeline.Change;

/**
 * A statement to a unit of what its members did for their communities in a period (双向反馈), and the unit's
 * acknowledgement. Built only from confirmed services, so it always agrees with the ledger. Refusal codes:
 * {@code already-acknowledged}, {@code wrong-kind}.
 */
public final class Feedback extends ServiceAggregate {
    private final ServiceEvent.FeedbackSent sent;

    private Feedback(ImmutableList<ServiceEvent> timeline) {
        super(timeline);
        this.sent = (ServiceEvent.FeedbackSent) timeline.get(0);
    }

    /**
     * The statement for a unit's members over a period, from the records that counted when it was made: each member's
     * services confirmed within {@code [from, until)}.
     */
    public static Change<Feedback, ServiceEvent> of(ServiceId id, org.gridgov.actor.Actor actor, Instant at,
                                                    OrganizationId unit, List<PersonId> members, Instant from,
                                                    Instant until, List<ServiceRecord> records) {
        List<FeedbackLine> lines = new ArrayList<>();
        for (PersonId m : members) {
            List<ServiceRecord> theirs = records.stream().filter(r -> r.member().equals(m) && r.counts())
                    .filter(r -> r.confirmedAt().map(c -> !c.isBefore(from) && c.isBefore(until)).orElse(false))
                    .toList();
            lines.add(new FeedbackLine(m, theirs.size(), theirs.stream().mapToLong(r -> r.duration().toMinutes())
                    .sum()));
        }
        ServiceEvent.FeedbackSent e = new ServiceEvent.FeedbackSent(id, actor, at, unit, from, until, lines);
        return new Change.Accepted<>(new Feedback(ImmutableList.of(e)), e);
    }

    /**
     * The statement a stored timeline gives.
     *
     * @throws IllegalArgumentException if it does not start with a statement or holds an event it refuses
     */
    public static Feedback replay(List<ServiceEvent> timeline) {
        checkArgument(!timeline.isEmpty() && timeline.get(0) instanceof ServiceEvent.FeedbackSent,
                "a feedback starts with its statement");
        return Timeline.replay(timeline, new Feedback(ImmutableList.of(timeline.get(0))), Feedback::apply);
    }

    /** Applies an event if the statement accepts it. */
    public Change<Feedback, ServiceEvent> apply(ServiceEvent e) {
        return Timeline.apply(timeline, e, check(e), Feedback::new);
    }

    private Optional<Rejection> check(ServiceEvent e) {
        if (!(e instanceof ServiceEvent.FeedbackAcknowledged)) {
            return Timeline.no("wrong-kind", "反馈只能被确认收到", "a statement can only be acknowledged");
        }
        return acknowledged() ? Timeline.no("already-acknowledged", "单位已确认收到", "the unit acknowledged it already")
                : Optional.empty();
    }

    /** The unit. */
    public OrganizationId unit() {
        return sent.unit();
    }

    /** Its lines, one per member. */
    public List<FeedbackLine> lines() {
        return sent.lines();
    }

    /** Whether the unit acknowledged it. */
    public boolean acknowledged() {
        return timeline.size() > 1;
    }

}
