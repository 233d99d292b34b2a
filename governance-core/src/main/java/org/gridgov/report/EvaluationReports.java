package org.gridgov.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.city.City;
import org.gridgov.metrics.Metric;
import org.gridgov.metrics.MetricReport;
import org.gridgov.metrics.Metrics;
import org.gridgov.metrics.Period;
import org.gridgov.metrics.Scope;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.evaluation.Ranking;
import org.gridgov.evaluation.ScoreLine;

/** Builds an evaluation report from rankings and the city's cases. */
public final class EvaluationReports {
    private EvaluationReports() {
    }

    /**
     * A report: the rankings, the city-wide three rates for each month, and the cases that cost most points
     * across all scorecards, with their timelines.
     *
     * @param worst how many worst cases to show
     */
    public static EvaluationReport of(Bilingual title, String period, City city, Collection<Issue> issues,
                                      List<Ranking> rankings, List<YearMonth> months, int worst) {
        List<TrendPoint> trend = new ArrayList<>();
        for (YearMonth m : months) {
            MetricReport r = Metrics.of(issues, new Scope.Subtree(city.jurisdiction().root().id()),
                    Period.month(m, city.zone()), city.jurisdiction());
            trend.add(new TrendPoint(m.toString(), r.measure(Metric.RESPONSE).rate().value(),
                    r.measure(Metric.RESOLUTION).rate().value(), r.measure(Metric.SATISFACTION).rate().value()));
        }
        Map<IssueId, Double> cost = new HashMap<>();
        for (Ranking ranking : rankings) {
            for (Ranking.Entry e : ranking.entries()) {
                for (ScoreLine l : e.scorecard().lines()) {
                    if (l.event() >= 0 && l.cases().size() == 1) {
                        cost.merge(l.cases().get(0), l.points(), Double::sum);
                    }
                }
            }
        }
        Map<IssueId, Issue> byId = new HashMap<>();
        issues.forEach(i -> byId.put(i.id(), i));
        List<CaseSummary> cases = cost.entrySet().stream()
                .filter(e -> e.getValue() < 0 && byId.containsKey(e.getKey()))
                .sorted(Map.Entry.<IssueId, Double>comparingByValue().thenComparing(e -> e.getKey().value()))
                .limit(worst)
                .map(e -> summary(city, byId.get(e.getKey()), e.getValue()))
                .toList();
        return new EvaluationReport(title, period, rankings, trend, cases);
    }

    private static CaseSummary summary(City city, Issue issue, double points) {
        String what = city.categories().find(issue.facts().category()).map(c -> c.name().zh())
                .orElse(issue.facts().category().value());
        String where = city.jurisdiction().find(issue.facts().location()).map(n -> n.name().zh())
                .orElse(issue.facts().location().value());
        List<String> lines = new ArrayList<>();
        for (IssueEvent e : issue.timeline()) {
            lines.add(TimelineText.line(e, city, Locale.CHINESE));
        }
        return new CaseSummary(issue.id(), Bilingual.zh(what + " @ " + where), points, lines);
    }
}
