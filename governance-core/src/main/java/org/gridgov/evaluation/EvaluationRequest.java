package org.gridgov.evaluation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.metrics.Measure;
import org.gridgov.metrics.Metric;
import org.gridgov.metrics.MetricReport;
import org.gridgov.issue.Issue;
import org.gridgov.organization.OrganizationId;

/**
 * One unit's cases and rates for one period, for the evaluation policy to score.
 *
 * @param unit         the unit
 * @param period       the period's label
 * @param cases        the unit's cases in the period (those a reviewer excluded among them; the policy decides)
 * @param rates        the unit's rates by metric (packs name them by {@link Metric#key()}: {@code response},
 *                     {@code resolution}, {@code satisfaction}, {@code onTimeResolution}, …)
 * @param organization for a department, its organization (report-in punctuality counts against it)
 */
public record EvaluationRequest(Unit unit, String period, List<Issue> cases, Map<Metric, Measure> rates,
                                Optional<OrganizationId> organization) {
    /**
     * A request from a metric report: the rates are the report's measures; the cases
     * are those given (typically the report's received and excluded cases).
     */
    public static EvaluationRequest of(Unit unit, String period, List<Issue> cases, MetricReport report,
                                       Optional<OrganizationId> organization) {
        return new EvaluationRequest(unit, period, cases, report.measures(), organization);
    }

    public EvaluationRequest {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        cases = ImmutableList.copyOf(cases);
        rates = ImmutableMap.copyOf(rates);
        Objects.requireNonNull(organization, "organization");
    }
}
