package org.gridgov.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.issue.Issue;
import org.gridgov.organization.OrganizationId;

/**
 * One unit's cases and rates for one period, for the evaluation policy to score.
 *
 * @param unit         the unit
 * @param period       the period's label
 * @param cases        the unit's cases in the period (those a reviewer excluded among them; the policy decides)
 * @param rates        the unit's rates by name: {@code response}, {@code resolution}, {@code satisfaction},
 *                     {@code onTime}, …
 * @param organization for a department, its organization (report-in punctuality counts against it)
 */
public record EvaluationRequest(Unit unit, String period, List<Issue> cases, Map<String, RateInput> rates,
                                Optional<OrganizationId> organization) {
    public EvaluationRequest {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        cases = ImmutableList.copyOf(cases);
        rates = ImmutableMap.copyOf(rates);
        Objects.requireNonNull(organization, "organization");
    }
}
