package org.gridgov.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.google.common.collect.HashMultiset;
import org.gridgov.city.City;
import org.gridgov.metrics.Measure;
import org.gridgov.metrics.Metric;
import org.gridgov.metrics.MetricReport;
import org.gridgov.metrics.Metrics;
import org.gridgov.metrics.Period;
import org.gridgov.metrics.Scope;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;

/**
 * Evaluates a period: every unit of a level scored from its metrics and cases and ranked, and the departments
 * summoned to a street's whistles rated by that street (评价权).
 */
public final class Evaluations {
    private Evaluations() {
    }

    /**
     * Scorecards of every node at a level, ranked. A node's cases are those its metric report received or
     * excluded, so that a reviewer's exclusion is seen by the policy.
     */
    public static Ranking rankLevel(City city, Collection<Issue> issues, Period period, String label, LevelId level,
                                    EvaluationPolicy policy) {
        List<Scorecard> cards = new ArrayList<>();
        // One pass over the cases per report kind, not one per node (a month can hold a million cases).
        Map<NodeId, Metrics.UnitReport> units = Metrics.unitsOf(issues, level, period, city.jurisdiction(),
                Metrics.DEFAULT_ACCEPT_LIMIT);
        Map<NodeId, MetricReport> plains = issues.stream().anyMatch(Issue::excluded)
                ? Metrics.ofLevel(withoutExclusions(issues), level, period, city.jurisdiction()) : null;
        for (JurisdictionNode node : city.jurisdiction().atLevel(city.jurisdiction().root().id(), level)) {
            Metrics.UnitReport u = units.get(node.id());
            MetricReport plain = plains == null ? u.report() : plains.get(node.id());
            Unit unit = new Unit(node.id().value(), UnitKind.NODE, level.value(), node.name());
            cards.add(policy.score(new EvaluationRequest(unit, label, u.cases(),
                    favouringExclusions(plain, u.report().excluded()), Optional.empty())));
        }
        return Ranking.of(level.value(), label, cards);
    }

    /**
     * The departments summoned to the whistles of cases located in a street's subtree and reported in the period,
     * rated on those summonses (评价权), ranked.
     */
    public static Ranking rankDepartments(City city, Collection<Issue> issues, Period period, String label,
                                          NodeId street, EvaluationPolicy policy) {
        List<Issue> streetIssues = issues.stream()
                .filter(i -> city.jurisdiction().isAncestorOrSelf(street, i.facts().location()))
                .filter(i -> period.contains(i.timeline().get(0).at()))
                .toList();
        Set<OrganizationId> summoned = new LinkedHashSet<>();
        streetIssues.forEach(i -> i.timeline().forEach(e -> {
            if (e instanceof IssueEvent.Summoned s) {
                summoned.add(s.organization());
            }
        }));
        List<Scorecard> cards = new ArrayList<>();
        for (OrganizationId org : summoned) {
            Scope scope = new Scope.Organization(org);
            MetricReport report = Metrics.of(streetIssues, scope, period, city.jurisdiction());
            MetricReport plain = Metrics.of(withoutExclusions(streetIssues), scope, period, city.jurisdiction());
            List<Issue> cases = streetIssues.stream().filter(i -> i.participants().stream()
                    .anyMatch(p -> p.organization().equals(org))).toList();
            Organization o = city.organizations().require(org);
            Unit unit = new Unit(org.value(), UnitKind.ORGANIZATION, o.type().value(), o.name());
            cards.add(policy.score(new EvaluationRequest(unit, label, cases,
                    favouringExclusions(plain, report.excluded()), Optional.of(org))));
        }
        return Ranking.of("departments@" + street.value(), label, cards);
    }

    /**
     * The rates with excluded cases counted as successes wherever they would have counted (不纳入考核: an excluded
     * case does not count against the unit). Denominators stay as they are, so excluding a case can only raise a
     * rate, never make it undefined, and never lower a score.
     */
    static Map<Metric, Measure> favouringExclusions(MetricReport plain, List<IssueId> excluded) {
        Map<Metric, Measure> rates = new LinkedHashMap<>();
        if (excluded.isEmpty()) {
            rates.putAll(plain.measures());
            return rates;
        }
        Set<IssueId> out = new LinkedHashSet<>(excluded);
        plain.measures().forEach((metric, m) -> {
            HashMultiset<IssueId> counted = HashMultiset.create(m.numerator());
            List<IssueId> numerator = new ArrayList<>(m.numerator());
            for (IssueId d : m.denominator()) {
                if (out.contains(d) && !counted.remove(d)) {
                    numerator.add(d);
                }
            }
            rates.put(metric, Measure.of(numerator, m.denominator()));
        });
        return rates;
    }

    /** The issues as if no reviewer had excluded any. */
    static List<Issue> withoutExclusions(Collection<Issue> issues) {
        return issues.stream().map(i -> i.excluded() ? Issue.replay(i.timeline().stream()
                .filter(e -> !(e instanceof IssueEvent.Excluded)).toList()) : i).toList();
    }
}
