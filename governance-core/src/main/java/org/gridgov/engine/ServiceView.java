package org.gridgov.engine;

import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.SetMultimap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.service.ReportIn;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServiceRecord;
import org.gridgov.service.Streams;
import org.gridgov.store.EventStore;

/**
 * The current state of every service timeline, in the order the timelines were started, with the indexes the
 * commands ask most: each member's records, each unit's members' records and report-ins. Without it a submission
 * (which checks the member's records for overlaps) or a unit's statement replayed every timeline in the store,
 * so a year at 龙岩's scale cost the square of its records. Derived data: built from the store when the engine
 * starts and updated from a timeline after each append through this engine. Thread-safe.
 */
final class ServiceView {
    private final Map<ServiceId, Object> current = new LinkedHashMap<>();
    private final SetMultimap<PersonId, ServiceId> recordsByMember = LinkedHashMultimap.create();
    private final SetMultimap<OrganizationId, ServiceId> byUnit = LinkedHashMultimap.create();
    private final Function<PersonId, Optional<OrganizationId>> employer;

    private ServiceView(Function<PersonId, Optional<OrganizationId>> employer) {
        this.employer = employer;
    }

    /**
     * The view of a store's service timelines.
     *
     * @param employer a member's unit, for the unit index
     * @throws IllegalArgumentException if a stored timeline does not replay
     */
    static ServiceView of(EventStore store, Function<PersonId, Optional<OrganizationId>> employer) {
        ServiceView view = new ServiceView(employer);
        store.serviceIds().forEach(id -> view.update(id, store.serviceTimeline(id)));
        return view;
    }

    /** Replays a timeline that has just grown, and indexes it; returns its new state. */
    synchronized Object update(ServiceId id, List<ServiceEvent> timeline) {
        Object state = Streams.replay(timeline);
        current.put(id, state);
        if (state instanceof ServiceRecord r) {
            recordsByMember.put(r.member(), id);
            employer.apply(r.member()).ifPresent(u -> byUnit.put(u, id));
        } else if (state instanceof ReportIn r) {
            r.unit().ifPresent(u -> byUnit.put(u, id));
        }
        return state;
    }

    /** A timeline's current state; empty if it was never started. */
    synchronized Optional<Object> find(ServiceId id) {
        return Optional.ofNullable(current.get(id));
    }

    /** A record's current state. @throws IllegalArgumentException if the id names no record */
    synchronized ServiceRecord record(ServiceId id) {
        if (!(current.get(id) instanceof ServiceRecord r)) {
            throw new IllegalArgumentException(id + " is not a service record");
        }
        return r;
    }

    /** Every timeline of a kind, in the order started. */
    synchronized <T> List<T> all(Class<T> kind) {
        return current.values().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** A member's records, in the order submitted. */
    synchronized List<ServiceRecord> recordsOf(PersonId member) {
        return of(recordsByMember.get(member), ServiceRecord.class);
    }

    /** The records of a unit's members (by their employer), in the order submitted. */
    synchronized List<ServiceRecord> recordsOfUnit(OrganizationId unit) {
        return of(byUnit.get(unit), ServiceRecord.class);
    }

    /** The report-ins that name a unit: its members' and its own, in the order registered. */
    synchronized List<ReportIn> reportInsOf(OrganizationId unit) {
        return of(byUnit.get(unit), ReportIn.class);
    }

    private <T> List<T> of(Iterable<ServiceId> ids, Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (ServiceId id : ids) {
            Object s = current.get(id);
            if (kind.isInstance(s)) {
                out.add(kind.cast(s));
            }
        }
        return out;
    }
}
