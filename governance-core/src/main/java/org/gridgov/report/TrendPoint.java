package org.gridgov.report;

import java.util.Objects;
import java.util.Optional;

/**
 * The three rates (三率) of one period, for the monthly trend; a rate is empty when undefined (no cases).
 *
 * @param period       the period's label, e.g. {@code 2024-05}
 * @param response     响应率
 * @param resolution   解决率
 * @param satisfaction 满意率
 */
public record TrendPoint(String period, Optional<Double> response, Optional<Double> resolution,
                         Optional<Double> satisfaction) {
    public TrendPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(satisfaction, "satisfaction");
    }
}
