package org.gridgov.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.jurisdiction.NodeId;

/**
 * A joint-building pairing (结对共建) between a unit and a community: the unit supports the community's
 * party body, and in-service party members of the unit who do not live in a community report in to it.
 *
 * @param unit      the unit (an employer, a department, a company)
 * @param community the community node it is paired with
 * @param from      first day of the pairing, inclusive
 * @param until     last day of the pairing, inclusive; empty while it lasts
 */
public record Pairing(OrganizationId unit, NodeId community, LocalDate from, Optional<LocalDate> until) {
    /** @throws NullPointerException if any component is null */
    public Pairing {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** True if the pairing holds on that day: {@code from <= day <= until}. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(from) && until.map(u -> !day.isAfter(u)).orElse(true);
    }
}
