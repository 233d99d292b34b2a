package org.gridgov.report;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.service.ServiceRates;

/**
 * One community in an evaluation report's service section: its report-in and service rates for the year, and its
 * reported-in members' confirmed hours.
 *
 * @param area  the community
 * @param name  its name
 * @param rates its rates, with the members behind them
 * @param hours its members' confirmed hours
 */
public record ServiceSummary(NodeId area, Bilingual name, ServiceRates rates, double hours) {
    public ServiceSummary {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rates, "rates");
    }
}
