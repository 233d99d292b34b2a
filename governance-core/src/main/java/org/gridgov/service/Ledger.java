package org.gridgov.service;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;

/**
 * Hours of confirmed service, per member and per unit, as an append-only list of entries derived from the records:
 * a confirmation credits the record's time, a reversal debits it again. Nothing is edited in place, so every
 * balance is the sum of the records that count now.
 */
public final class Ledger {
    /**
     * One entry.
     *
     * @param record the record
     * @param member who served
     * @param unit   the member's unit (employer), if any
     * @param at     when it was booked: the confirmation or the reversal
     * @param amount the time credited (positive) or debited (negative)
     */
    public record Entry(ServiceId record, PersonId member, Optional<OrganizationId> unit, Instant at, Duration amount) {
        public Entry {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(amount, "amount");
        }
    }

    private final ImmutableList<Entry> entries;

    private Ledger(List<Entry> entries) {
        this.entries = ImmutableList.copyOf(entries);
    }

    /**
     * The ledger of some records.
     *
     * @param unitOf the unit a member belongs to
     */
    public static Ledger of(List<ServiceRecord> records, Function<PersonId, Optional<OrganizationId>> unitOf) {
        List<Entry> out = new ArrayList<>();
        for (ServiceRecord r : records) {
            for (ServiceEvent e : r.timeline()) {
                if (e instanceof ServiceEvent.ServiceConfirmed) {
                    out.add(new Entry(r.id(), r.member(), unitOf.apply(r.member()), e.at(), r.duration()));
                } else if (e instanceof ServiceEvent.ServiceReversed) {
                    out.add(new Entry(r.id(), r.member(), unitOf.apply(r.member()), e.at(), r.duration().negated()));
                }
            }
        }
        out.sort(Comparator.comparing(Entry::at).thenComparing(x -> x.record().value()));
        return new Ledger(out);
    }

    /** Every entry, in booking order. */
    public List<Entry> entries() {
        return entries;
    }

    /** A member's balance. */
    public Duration of(PersonId member) {
        return sum(e -> e.member().equals(member));
    }

    /** A unit's balance: its members'. */
    public Duration ofUnit(OrganizationId unit) {
        return sum(e -> e.unit().equals(Optional.of(unit)));
    }

    /** The balance of everything. */
    public Duration total() {
        return sum(e -> true);
    }

    private Duration sum(java.util.function.Predicate<Entry> which) {
        return entries.stream().filter(which).map(Entry::amount).reduce(Duration.ZERO, Duration::plus);
    }
}
