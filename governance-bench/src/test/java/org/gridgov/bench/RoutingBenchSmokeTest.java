package org.gridgov.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The routing bench runs and fills its rows; speed is not asserted (shared, noisy machines). */
class RoutingBenchSmokeTest {

    @Test
    void aQuickRunGivesWellFormedRows() throws Exception {
        Bench bench = Benches.all().stream().filter(b -> b.id().equals("routing")).findFirst().orElseThrow();
        List<Row> rows = bench.run(true);
        assertThat(rows).hasSize(4);
        for (Row r : rows) {
            assertThat(r.measure()).isNotBlank();
            assertThat(r.value()).matches("[0-9,]+ issues/s");
            assertThat(r.baseline()).matches("[0-9,]+ issues/s .+");
            assertThat(r.ratio()).matches("[0-9.]+×");
            assertThat(r.target()).satisfiesAnyOf(t -> assertThat(t).startsWith("≥"), t -> assertThat(t).isEmpty());
            assertThat(r.note()).isNotBlank();
        }
        // The hand-written baseline does the same work: it agrees with the library on every request.
        assertThat(rows.get(0).note()).contains("agrees on owner and limit for 4,000 of 4,000 requests")
                .containsPattern("rule firings remembered for [0-9.]+ % of requests");
        assertThat(rows.get(1).note()).startsWith("memo off");
    }
}
