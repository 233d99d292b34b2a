package org.gridgov.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The store bench runs and fills its rows, in memory and on SQLite at least; speed is not asserted. */
class StoreBenchSmokeTest {

    @Test
    void aQuickRunGivesAppendAndReplayRowsForEachStore() throws Exception {
        List<Row> rows = new StoreBench().run(true);
        assertThat(rows).extracting(Row::measure).contains("in memory, appends", "in memory, replaying the month",
                "SQLite file, appends", "SQLite file, replaying the month");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.value()).matches("[0-9,]+ events/s");
            assertThat(r.ratio()).matches("[0-9.]+×");
        });
        assertThat(rows).filteredOn(r -> r.measure().equals("SQLite file, appends")).singleElement()
                .extracting(Row::note).asString().matches(".*[0-9,]+ bytes per event on disk");
    }
}
