package org.gridgov.service;

import java.time.Year;
import java.util.Objects;
import org.gridgov.organization.OrganizationId;

/**
 * A unit's members' record for a year, to be judged.
 *
 * @param unit  the unit (the members' employer)
 * @param year  the year
 * @param rates its members' report-in and service rates
 * @param hours its members' confirmed hours
 */
public record UnitStandingRequest(OrganizationId unit, Year year, ServiceRates rates, double hours) {
    public UnitStandingRequest {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(rates, "rates");
    }
}
