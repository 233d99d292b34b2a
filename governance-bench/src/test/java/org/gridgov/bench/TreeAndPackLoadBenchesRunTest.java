package org.gridgov.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree and pack-load benchmarks run in their quick form and fill well-formed rows with positive figures.
 * Speed is not asserted: these machines are shared and noisy.
 */
class TreeAndPackLoadBenchesRunTest {
    @Test
    void treeBenchFillsEveryRowWithPositiveFigures() throws Exception {
        List<Row> rows = new TreeBench().run(true);
        assertThat(rows).hasSize(6);
        assertWellFormed(rows);
    }

    @Test
    void packLoadBenchLoadsInFreshJvmsAndFillsEveryRow() throws Exception {
        List<Row> rows = new PackLoadBench().run(true);
        assertThat(rows).hasSize(3);
        assertWellFormed(rows);
    }

    private static void assertWellFormed(List<Row> rows) {
        for (Row r : rows) {
            assertThat(r.measure()).isNotBlank();
            assertThat(r.target()).isNotBlank();
            assertThat(r.baseline()).isNotBlank();
            assertThat(leadingNumber(r.value())).as(r.measure()).isPositive();
            assertThat(leadingNumber(r.baseline())).as(r.measure()).isPositive();
            assertThat(leadingNumber(r.ratio())).as(r.measure()).isNotNegative(); // a cache hit can round to 0.00×
        }
    }

    /** {@code 1,234.5 ms} → 1234.5 */
    private static double leadingNumber(String text) {
        String digits = text.replace(",", "").replaceAll("^([0-9.]+).*$", "$1");
        return Double.parseDouble(digits);
    }
}
