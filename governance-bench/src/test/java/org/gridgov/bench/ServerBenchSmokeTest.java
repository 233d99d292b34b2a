package org.gridgov.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server's load bench runs: both rows with rates and percentiles over HTTP and in-process, every request
 * answered rightly (the bench throws otherwise); speed is not asserted.
 */
class ServerBenchSmokeTest {

    @Test
    void aQuickLoadGivesReportAndQueryRowsWithPercentiles() throws Exception {
        List<Row> rows = new ServerBench().run(true);
        assertThat(rows).extracting(Row::measure).containsExactly("Open311 reports over HTTP, 8 clients",
                "Open311 queries over HTTP, 8 clients");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.value()).matches("[0-9,]+ req/s, p50 [0-9.]+ [mµ]?s, p99 [0-9.]+ [mµ]?s");
            assertThat(r.baseline()).endsWith("in-process");
            assertThat(r.ratio()).matches("[0-9.]+×");
        });
    }
}
