package org.gridgov.issue;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.organization.OrganizationId;

/**
 * An organization summoned to an issue (吹哨) and whether it has reported in (报到). An organization summoned
 * again after checking in appears once per summons.
 *
 * @param organization the summoned organization
 * @param summonedAt   when it was summoned
 * @param reportInBy   by when it must report in, if a limit was set
 * @param checkedInAt  when it reported in, empty while pending
 * @param missedAt     when its report-in deadline passed without it (报到超时), recorded against it
 */
public record Participant(OrganizationId organization, Instant summonedAt, Optional<Instant> reportInBy,
                          Optional<Instant> checkedInAt, Optional<Instant> missedAt) {
    /** @throws NullPointerException if an argument is null */
    public Participant {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(summonedAt, "summonedAt");
        Objects.requireNonNull(reportInBy, "reportInBy");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
        Objects.requireNonNull(missedAt, "missedAt");
    }

    /** A participant whose report-in was not missed (or not yet). */
    public Participant(OrganizationId organization, Instant summonedAt, Optional<Instant> reportInBy,
                       Optional<Instant> checkedInAt) {
        this(organization, summonedAt, reportInBy, checkedInAt, Optional.empty());
    }

    /** Whether the organization let its report-in deadline pass (recorded against it even if it comes later). */
    public boolean missed() {
        return missedAt.isPresent();
    }

    /** Whether the organization has reported in for this summons. */
    public boolean checkedIn() {
        return checkedInAt.isPresent();
    }

    Participant checkIn(Instant at) {
        return new Participant(organization, summonedAt, reportInBy, Optional.of(at), missedAt);
    }

    Participant miss(Instant at) {
        return new Participant(organization, summonedAt, reportInBy, checkedInAt, Optional.of(at));
    }
}
