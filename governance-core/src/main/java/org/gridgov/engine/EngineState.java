package org.gridgov.engine;

import com.google.common.util.concurrent.Striped;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.gridgov.city.City;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.mode.Mode;
import org.gridgov.mode.ModeLog;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.Person;
import org.gridgov.people.PersonId;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServiceRecord;
import org.gridgov.time.TimeLimit;
import org.gridgov.time.WorkCalendar;

/**
 * What every part of one engine shares: the city, the store, the deadline index, the settings and the issue
 * locks; and the city's time conversions, so that each part counts limits the same way.
 */
final class EngineState {
    final City city;
    final org.gridgov.store.EventStore store;
    final DeadlineIndex index;
    /** The earliest deadline of each deliberation item: what a tick follows up. */
    final EarliestDue<ItemId> itemDeadlines;
    /** The earliest deadline of each service record. */
    final EarliestDue<ServiceId> recordDeadlines;
    /** Every service timeline's current state, with its indexes. */
    final ServiceView services;
    final GovernanceSettings settings;
    private final Striped<Lock> locks = Striped.lock(64);

    EngineState(City city, org.gridgov.store.EventStore store, GovernanceSettings settings) {
        this.city = Objects.requireNonNull(city, "city");
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.index = DeadlineIndex.of(store.allIssues()::iterator);
        this.itemDeadlines = EarliestDue.of(store.itemIds(), id -> store.loadItem(id).map(Item::deadlines)
                .orElse(Map.of()), Comparator.comparing(ItemId::value));
        this.services = ServiceView.of(store, this::employerOf);
        this.recordDeadlines = EarliestDue.of(services.all(ServiceRecord.class).stream().map(ServiceRecord::id)
                .toList(), id -> services.record(id).deadlines(), Comparator.comparing(ServiceId::value));
    }

    /** Runs the body holding the issue's lock: one writer per issue within this engine. */
    <T> T locked(IssueId id, Supplier<T> body) {
        Lock lock = locks.get(id);
        lock.lock();
        try {
            return body.get();
        } finally {
            lock.unlock();
        }
    }

    /** A member's unit: their employer, as the directory has it. */
    Optional<OrganizationId> employerOf(PersonId member) {
        return city.people().find(member).flatMap(Person::employer);
    }

    LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, city.zone());
    }

    Instant instant(LocalDateTime at) {
        return at.atZone(city.zone()).toInstant();
    }

    WorkCalendar calendar(Issue issue) {
        return city.calendarFor(issue.facts().location());
    }

    /** When a limit counted from an instant in the calendar of the issue's location runs out. */
    Instant dueFrom(TimeLimit limit, Instant from, Issue issue) {
        return instant(limit.dueFrom(local(from), calendar(issue)));
    }

    Mode modeAt(NodeId node, Instant at) {
        return new ModeLog(store.modeSwitches()).modeAt(city.jurisdiction(), node, at);
    }

    boolean emergency(NodeId node, Instant at) {
        return modeAt(node, at) == Mode.EMERGENCY;
    }
}
