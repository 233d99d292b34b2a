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
 */
public record Participant(OrganizationId organization, Instant summonedAt, Optional<Instant> reportInBy,
                          Optional<Instant> checkedInAt) {
    /** @throws NullPointerException if an argument is null */
    public Participant {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(summonedAt, "summonedAt");
        Objects.requireNonNull(reportInBy, "reportInBy");
        Objects.requireNonNull(checkedInAt, "checkedInAt");
    }

    /** Whether the organization has reported in for this summons. */
    public boolean checkedIn() {
        return checkedInAt.isPresent();
    }

    Participant checkIn(Instant at) {
        return new Participant(organization, summonedAt, reportInBy, Optional.of(at));
    }
}
