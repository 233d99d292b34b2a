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
 */
public record EvaluationReport(Bilingual title, String period, List<Ranking> rankings, List<TrendPoint> trend,
                               List<CaseSummary> worstCases) {
    public EvaluationReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        rankings = ImmutableList.copyOf(rankings);
        trend = ImmutableList.copyOf(trend);
        worstCases = ImmutableList.copyOf(worstCases);
    }
}
