package org.gridgov.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The service-year bench runs and fills its row; speed is not asserted (shared, noisy machines). */
class ServiceBenchSmokeTest {

    @Test
    void aQuickRunGivesAWellFormedRow() throws Exception {
        Bench bench = Benches.all().stream().filter(b -> b.id().equals("service")).findFirst().orElseThrow();
        List<Row> rows = bench.run(true);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.measure()).matches("service year, 3,000 members \\([0-9,]+ commands\\)");
            assertThat(r.value()).matches("[0-9,]+ commands/s");
            assertThat(r.baseline()).matches("[0-9,]+ commands/s at 300 members");
            assertThat(r.ratio()).matches("[0-9.]+×");
            assertThat(r.note()).startsWith("the whole year in ");
        });
    }
}
