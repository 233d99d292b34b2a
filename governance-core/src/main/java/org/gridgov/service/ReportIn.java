package org.gridgov.service;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.issue.Rejection;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.timeline.Change;

/**
 * A member's or a unit's report-in to a community for a year (在职党员进社区报到, 双报到): registered online, then
 * confirmed in person with the certificate. One timeline per member (or unit) and year, so that nobody counts as
 * reported in twice for one period. Refusal codes: {@code already-confirmed}, {@code wrong-kind}.
 */
public final class ReportIn extends ServiceAggregate {
    private final ServiceEvent.ReportInRegistered registered;
    private final Optional<ServiceEvent.ReportInConfirmed> confirmed;

    private ReportIn(ImmutableList<ServiceEvent> timeline) {
        super(timeline);
        this.registered = (ServiceEvent.ReportInRegistered) timeline.get(0);
        this.confirmed = timeline.stream().filter(e -> e instanceof ServiceEvent.ReportInConfirmed)
                .map(e -> (ServiceEvent.ReportInConfirmed) e).findFirst();
    }

    /** Registers online: the first event. */
    public static Change<ReportIn, ServiceEvent> register(ServiceEvent.ReportInRegistered e) {
        return new Change.Accepted<>(new ReportIn(ImmutableList.of(e)), e);
    }

    /**
     * The report-in a stored timeline gives.
     *
     * @throws IllegalArgumentException if it does not start with a registration or holds an event it refuses
     */
    public static ReportIn replay(List<ServiceEvent> timeline) {
        checkArgument(!timeline.isEmpty() && timeline.get(0) instanceof ServiceEvent.ReportInRegistered,
                "a report-in starts with its registration");
        return Timeline.replay(timeline, new ReportIn(ImmutableList.of(timeline.get(0))), ReportIn::apply);
    }

    /** Applies an event if the report-in accepts it. */
    public Change<ReportIn, ServiceEvent> apply(ServiceEvent e) {
        return Timeline.apply(timeline, e, check(e), ReportIn::new);
    }

    private Optional<Rejection> check(ServiceEvent e) {
        if (!(e instanceof ServiceEvent.ReportInConfirmed)) {
            return Timeline.no("wrong-kind", "报到只能被确认", "a report-in can only be confirmed");
        }
        return confirmed.isPresent() ? Timeline.no("already-confirmed", "已于 " + confirmed.get().at() + " 线下确认报到",
                "the report-in was confirmed in person at " + confirmed.get().at()) : Optional.empty();
    }

    /** Confirms it in person with the certificate. */
    public Change<ReportIn, ServiceEvent> confirm(String certificate, Actor actor, Instant at) {
        return apply(new ServiceEvent.ReportInConfirmed(id(), actor, at, certificate));
    }

    /** The member reporting in; empty for a unit's report-in. */
    public Optional<PersonId> member() {
        return registered.member();
    }

    /** The unit: the one reporting in, or the member's employer. */
    public Optional<OrganizationId> unit() {
        return registered.unit();
    }

    /** The community reported in to. */
    public NodeId community() {
        return registered.community();
    }

    /** The year. */
    public Year year() {
        return registered.year();
    }

    /** Why that community. */
    public Basis basis() {
        return registered.basis();
    }

    /** When it was registered online. */
    public Instant registeredAt() {
        return registered.at();
    }

    /** Whether it was confirmed in person: only then does it count as reported in. */
    public boolean confirmed() {
        return confirmed.isPresent();
    }

    /** When it was confirmed. */
    public Optional<Instant> confirmedAt() {
        return confirmed.map(ServiceEvent::at);
    }

    @Override
    public String toString() {
        return "ReportIn[" + id() + " → " + community() + (confirmed() ? ", confirmed" : ", online only") + "]";
    }
}
