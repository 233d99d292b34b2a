package org.gridgov.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.metrics.EvaluationFixtures.id;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatesPeriodsAndMeasuresTest {

    @Test
    void aRateOverNothingIsUndefinedNotZero() {
        assertThat(new Rate(0, 0).value()).isEmpty();
        assertThat(new Rate(0, 0)).hasToString("–/0");
        assertThat(new Rate(0, 3).value()).contains(0.0);
        assertThat(new Rate(3, 4).value()).contains(0.75);
        assertThat(new Rate(3, 4)).hasToString("3/4 (75.0%)");
        assertThat(new Rate(2, 3)).hasToString("2/3 (66.7%)");
    }

    @Test
    void aRateIsAShare() {
        assertThatThrownBy(() -> new Rate(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPeriodIsHalfOpen() {
        Period march = Period.month(YearMonth.of(2026, 3), ZoneId.of("Asia/Shanghai"));
        Period april = Period.month(YearMonth.of(2026, 4), ZoneId.of("Asia/Shanghai"));

        assertThat(march.until()).isEqualTo(april.from());
        assertThat(march.contains(march.from())).isTrue();
        assertThat(march.contains(march.until())).isFalse();
        assertThat(april.contains(march.until())).isTrue();
        assertThat(march.contains(march.from().minusNanos(1))).isFalse();
        assertThatThrownBy(() -> new Period(march.from(), march.from())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Period.month(YearMonth.of(2026, 3), ZoneId.of("UTC")).from())
                .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void aMeasuresNumeratorLiesInItsDenominator() {
        Measure m = Measure.of(List.of(id("A"), id("B")), List.of(id("B"), id("A"), id("B"), id("C")));
        assertThat(m.rate()).isEqualTo(new Rate(2, 4));

        assertThatThrownBy(() -> Measure.of(List.of(id("D")), List.of(id("A"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("D");
        assertThatThrownBy(() -> Measure.of(List.of(id("A"), id("A")), List.of(id("A"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
