package org.gridgov.service;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Rejection;
import org.gridgov.people.PersonId;
import org.gridgov.timeline.Change;

/**
 * A service a member submitted (服务申报): it counts only once the community verified it with the beneficiary or
 * organiser and confirmed it (服务确认); a confirmed service that turns out wrong is reversed by a new event, never
 * edited. Refusal codes: {@code bad-hours} (no time, negative time or more than a day), {@code no-witness} (nobody
 * to verify it with), {@code not-verified}, {@code disputed}, {@code not-confirmed}, {@code record-closed},
 * {@code wrong-kind}.
 */
public final class ServiceRecord extends ServiceAggregate {
    /** The longest one record may be: a day. Longer service is several records. */
    public static final Duration MAX = Duration.ofHours(24);

    /** Where a record stands. */
    public enum Status {
        /** Submitted by the member. */
        SUBMITTED,
        /** Borne out by the beneficiary or organiser. */
        VERIFIED,
        /** Not borne out: it can only be rejected. */
        DISPUTED,
        /** Confirmed: it counts. */
        CONFIRMED,
        /** Rejected: it never counts. */
        REJECTED,
        /** Confirmed, then reversed: it no longer counts. */
        REVERSED
    }

    private final ServiceEvent.ServiceSubmitted submitted;
    private Status status = Status.SUBMITTED;
    private final java.util.Map<String, Instant> deadlines = new java.util.TreeMap<>();
    private int warnings;
    private int supervisions;

    private ServiceRecord(ImmutableList<ServiceEvent> timeline) {
        super(timeline);
        this.submitted = (ServiceEvent.ServiceSubmitted) timeline.get(0);
        for (ServiceEvent e : timeline) {
            if (e instanceof ServiceEvent.ServiceVerified v) {
                status = v.borneOut() ? Status.VERIFIED : Status.DISPUTED;
            } else if (e instanceof ServiceEvent.ServiceConfirmed) {
                status = Status.CONFIRMED;
                deadlines.clear();
            } else if (e instanceof ServiceEvent.ServiceRejected) {
                status = Status.REJECTED;
                deadlines.clear();
            } else if (e instanceof ServiceEvent.ServiceReversed) {
                status = Status.REVERSED;
            } else {
                followUp(e);
            }
        }
    }

    private void followUp(ServiceEvent e) {
        if (e instanceof ServiceEvent.RecordDeadlineSet d) {
            deadlines.put(d.kind(), d.due());
        } else if (e instanceof ServiceEvent.RecordDeadlinePassed d) {
            deadlines.remove(d.kind());
        } else if (e instanceof ServiceEvent.RecordWarned) {
            warnings++;
        } else if (e instanceof ServiceEvent.RecordSupervised) {
            supervisions++;
        }
    }

    /** Submits a service, if its time and witness are sound: the first event. */
    public static Change<ServiceRecord, ServiceEvent> submit(ServiceEvent.ServiceSubmitted e) {
        Duration d = Duration.between(e.from(), e.until());
        if (d.isNegative() || d.isZero() || d.compareTo(MAX) > 0) {
            return Change.refused("bad-hours", "服务时长须大于0且不超过24小时（" + e.from() + " 至 " + e.until() + "）",
                    "a service lasts more than nothing and at most 24 hours (" + e.from() + " to " + e.until() + ")");
        }
        if (e.beneficiary().isEmpty() && e.organiser().filter(o -> !o.isBlank()).isEmpty()) {
            return Change.refused("no-witness", "须写明服务对象或组织方，以便核实", "name the beneficiary or the organiser, "
                    + "so that the service can be verified");
        }
        return new Change.Accepted<>(new ServiceRecord(ImmutableList.of(e)), e);
    }

    /**
     * The record a stored timeline gives.
     *
     * @throws IllegalArgumentException if it does not start with a sound submission or holds an event it refuses
     */
    public static ServiceRecord replay(List<ServiceEvent> timeline) {
        checkArgument(!timeline.isEmpty() && timeline.get(0) instanceof ServiceEvent.ServiceSubmitted s
                && submit(s).isAccepted(), "a service record starts with a sound submission");
        return Timeline.replay(timeline, new ServiceRecord(ImmutableList.of(timeline.get(0))), ServiceRecord::apply);
    }

    /** Applies an event if the record accepts it. */
    public Change<ServiceRecord, ServiceEvent> apply(ServiceEvent e) {
        return Timeline.apply(timeline, e, check(e), ServiceRecord::new);
    }

    private Optional<Rejection> check(ServiceEvent e) {
        if (status == Status.REJECTED || status == Status.REVERSED) {
            return Timeline.no("record-closed", "服务记录已" + (status == Status.REJECTED ? "退回" : "冲销"),
                    "the record is " + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (e instanceof ServiceEvent.RecordDeadlinePassed d && !deadlines.containsKey(d.kind())) {
            return Timeline.no("no-deadline", "服务记录没有 " + d.kind() + " 时限", "the record has no " + d.kind()
                    + " deadline");
        }
        if (e instanceof ServiceEvent.RecordDeadlineSet || e instanceof ServiceEvent.RecordDeadlinePassed
                || e instanceof ServiceEvent.RecordWarned || e instanceof ServiceEvent.RecordSupervised) {
            return status == Status.CONFIRMED ? Timeline.no("record-closed", "服务已确认", "the record is confirmed")
                    : Optional.empty();
        }
        if (e instanceof ServiceEvent.ServiceVerified) {
            return status == Status.SUBMITTED ? Optional.empty() : Timeline.no("not-verified", "服务已核实过",
                    "the service was verified already");
        }
        if (e instanceof ServiceEvent.ServiceConfirmed) {
            if (status == Status.DISPUTED) {
                return Timeline.no("disputed", "服务对象或组织方未予证实，不能确认", "the beneficiary or organiser did not "
                        + "bear it out; it cannot be confirmed");
            }
            return status == Status.VERIFIED ? Optional.empty() : Timeline.no("not-verified",
                    "服务须先向服务对象或组织方核实，才能确认", "a service is confirmed only after it was verified with the "
                            + "beneficiary or organiser");
        }
        if (e instanceof ServiceEvent.ServiceRejected) {
            return status != Status.CONFIRMED ? Optional.empty() : Timeline.no("not-confirmed",
                    "已确认的服务只能冲销，不能退回", "a confirmed service is reversed, not rejected");
        }
        if (e instanceof ServiceEvent.ServiceReversed) {
            return status == Status.CONFIRMED ? Optional.empty() : Timeline.no("not-confirmed",
                    "只有已确认的服务才能冲销", "only a confirmed service is reversed");
        }
        return Timeline.no("wrong-kind", "这不是服务记录的事件", "not an event of a service record");
    }

    /** The community checked it with someone, who bore it out or not. */
    public Change<ServiceRecord, ServiceEvent> verify(String with, boolean borneOut, Actor actor, Instant at) {
        return apply(new ServiceEvent.ServiceVerified(id(), actor, at, with, borneOut));
    }

    /** Confirms it. */
    public Change<ServiceRecord, ServiceEvent> confirm(Actor actor, Instant at) {
        return apply(new ServiceEvent.ServiceConfirmed(id(), actor, at));
    }

    /** Rejects it. */
    public Change<ServiceRecord, ServiceEvent> reject(Bilingual reason, Actor actor, Instant at) {
        return apply(new ServiceEvent.ServiceRejected(id(), actor, at, reason));
    }

    /** Reverses a confirmed record. */
    public Change<ServiceRecord, ServiceEvent> reverse(Bilingual reason, Actor actor, Instant at) {
        return apply(new ServiceEvent.ServiceReversed(id(), actor, at, reason));
    }

    /** The member who served. */
    public PersonId member() {
        return submitted.member();
    }

    /** What they did, as written. */
    public String what() {
        return submitted.what();
    }

    /** When it began. */
    public Instant from() {
        return submitted.from();
    }

    /** When it ended. */
    public Instant until() {
        return submitted.until();
    }

    /** How long it took. */
    public Duration duration() {
        return Duration.between(from(), until());
    }

    /** The beneficiary, if one was served. */
    public Optional<PersonId> beneficiary() {
        return submitted.beneficiary();
    }

    /** The wish or post it answers. */
    public Optional<ServiceId> source() {
        return submitted.source();
    }

    /** Where it stands. */
    public Status status() {
        return status;
    }

    /** Whether it counts now: confirmed and not reversed. */
    public boolean counts() {
        return status == Status.CONFIRMED;
    }

    /** When it was confirmed, if it was (a reversed record keeps the instant). */
    public Optional<Instant> confirmedAt() {
        return timeline.stream().filter(e -> e instanceof ServiceEvent.ServiceConfirmed).map(ServiceEvent::at)
                .findFirst();
    }

    /** Pending deadlines by kind. */
    public java.util.Map<String, Instant> deadlines() {
        return java.util.Map.copyOf(deadlines);
    }

    /** Warnings given about it. */
    public int warnings() {
        return warnings;
    }

    /** Times it was supervised. */
    public int supervisions() {
        return supervisions;
    }

    /** Whether its time overlaps another's. */
    public boolean overlaps(Instant otherFrom, Instant otherUntil) {
        return from().isBefore(otherUntil) && otherFrom.isBefore(until());
    }

    @Override
    public String toString() {
        return "ServiceRecord[" + id() + " " + member() + " " + duration() + " " + status + "]";
    }
}
