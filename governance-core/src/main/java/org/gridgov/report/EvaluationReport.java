package org.gridgov.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.gridgov.i18n.Bilingual;
import org.gridgov.evaluation.Ranking;

/**
 * What an evaluation report shows: the rankings of a period, the monthly trend of the three rates, and the worst
 * cases with their timelines.
 *
 * @param title      the report's title
 * @param period     the period's label
 * @param rankings   rankings per level
 * @param trend      the three rates per month, oldest first
 * @param worstCases the cases that cost most, worst first
 * @param deliberation the deliberating bodies with items in the period: items, decided share, time to decision,
 *                   satisfaction and score (五方共议, 小板凳, 联席会议); empty when there were none
 * @param service    the communities members reported in to that year: report-in and service rates, hours (在职党员
 *                   回家); empty when nobody reported in
 */
public record EvaluationReport(Bilingual title, String period, List<Ranking> rankings, List<TrendPoint> trend,
                               List<CaseSummary> worstCases, List<DeliberationSummary> deliberation,
                               List<ServiceSummary> service) {
    public EvaluationReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        rankings = ImmutableList.copyOf(rankings);
        trend = ImmutableList.copyOf(trend);
        worstCases = ImmutableList.copyOf(worstCases);
        deliberation = ImmutableList.copyOf(deliberation);
        service = ImmutableList.copyOf(service);
    }

    /** A report without a deliberation section. */
    public EvaluationReport(Bilingual title, String period, List<Ranking> rankings, List<TrendPoint> trend,
                            List<CaseSummary> worstCases) {
        this(title, period, rankings, trend, worstCases, List.of(), List.of());
    }

    /** The same report with a deliberation section. */
    public EvaluationReport withDeliberation(List<DeliberationSummary> bodies) {
        return new EvaluationReport(title, period, rankings, trend, worstCases, bodies, service);
    }

    /** The same report with a service section. */
    public EvaluationReport withService(List<ServiceSummary> communities) {
        return new EvaluationReport(title, period, rankings, trend, worstCases, deliberation, communities);
    }
}
