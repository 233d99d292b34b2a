package org.gridgov.service;

import java.util.List;
import java.util.Objects;
import org.gridgov.i18n.Bilingual;
import org.gridgov.organization.OrganizationId;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;

/**
 * How a unit stands on its members' service: its points, and whether it stays eligible for awards (评先评优).
 *
 * @param unit        the unit
 * @param eligible    whether it may be considered for awards
 * @param points      the sum of its lines
 * @param lines       each addition or deduction with its rule and reason
 * @param explanation why
 * @param version     the pack that decided
 */
public record UnitStanding(OrganizationId unit, boolean eligible, double points, List<Line> lines,
                           Explanation explanation, PolicyVersion version) {
    public UnitStanding {
        Objects.requireNonNull(unit, "unit");
        lines = List.copyOf(lines);
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(version, "version");
    }

    /**
     * One addition or deduction.
     *
     * @param rule   the rule
     * @param points added (positive) or taken (negative)
     * @param reason why
     */
    public record Line(String rule, double points, Bilingual reason) {
        public Line {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
