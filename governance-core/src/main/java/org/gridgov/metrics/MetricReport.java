package org.gridgov.metrics;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import org.gridgov.issue.IssueId;

/**
 * The metrics of one scope over one period, each with the cases behind it. Built by {@link Metrics#of}, where
 * every measure is defined. Excluded cases (不纳入考核) are in no measure; {@link #excluded()} lists those that
 * would otherwise have counted.
 *
 * @param scope                whose cases
 * @param period               the period the cases were reported in
 * @param received             the cases received (受理量): reported in the period, responsible owner in scope
 * @param response             响应率
 * @param resolution           解决率
 * @param onTimeResolution     按时办结率
 * @param satisfaction         满意率
 * @param reopening            重办率
 * @param dispatchRejection    退单率
 * @param reportInPunctuality  按时报到率, one item per summons
 * @param callbackReach        回访接通率, one item per callback attempt
 * @param excluded             excluded cases of the period that would have counted in some measure
 */
public record MetricReport(Scope scope, Period period, ImmutableList<IssueId> received, Measure response,
                           Measure resolution, Measure onTimeResolution, Measure satisfaction, Measure reopening,
                           Measure dispatchRejection, Measure reportInPunctuality, Measure callbackReach,
                           ImmutableList<IssueId> excluded) {
    /** @throws NullPointerException if an argument is null */
    public MetricReport {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        received = ImmutableList.copyOf(received);
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(onTimeResolution, "onTimeResolution");
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(reopening, "reopening");
        Objects.requireNonNull(dispatchRejection, "dispatchRejection");
        Objects.requireNonNull(reportInPunctuality, "reportInPunctuality");
        Objects.requireNonNull(callbackReach, "callbackReach");
        excluded = ImmutableList.copyOf(excluded);
    }

    /** The number of cases received. */
    public long receivedCount() {
        return received.size();
    }

    /** Every rate by its metric, in the order of {@link Metric}. */
    public ImmutableMap<Metric, Measure> measures() {
        return ImmutableMap.<Metric, Measure>builder()
                .put(Metric.RESPONSE, response)
                .put(Metric.RESOLUTION, resolution)
                .put(Metric.ON_TIME_RESOLUTION, onTimeResolution)
                .put(Metric.SATISFACTION, satisfaction)
                .put(Metric.REOPENING, reopening)
                .put(Metric.DISPATCH_REJECTION, dispatchRejection)
                .put(Metric.REPORT_IN_PUNCTUALITY, reportInPunctuality)
                .put(Metric.CALLBACK_REACH, callbackReach)
                .buildOrThrow();
    }

    /** The measure of a metric. */
    public Measure measure(Metric metric) {
        return measures().get(Objects.requireNonNull(metric, "metric"));
    }

    /** One line per metric, {@code 响应率 (response rate): 3/4 (75.0%)}, after the count received. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("MetricReport[").append(scope).append(' ').append(period)
                .append("\n  受理量 (received): ").append(received.size());
        measures().forEach((m, v) -> b.append("\n  ").append(m.displayName()).append(": ").append(v));
        if (!excluded.isEmpty()) {
            b.append("\n  不纳入考核 (excluded): ").append(excluded);
        }
        return b.append("\n]").toString();
    }
}
