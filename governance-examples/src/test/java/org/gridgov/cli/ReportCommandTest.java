package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recorded cases (as simulate exports them) scored into a report; a broken log is refused with its line. */
class ReportCommandTest {

    @Test
    void aSimulatedMonthsEventsBecomeTheSameRankingAndAReport(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("may.jsonl");
        var sim = run("simulate", "jilin", "--days", "3", "--per-day", "30", "--seed", "7", "--lang", "en",
                "--events", log.toString());
        assertThat(sim.code()).as(sim.err()).isZero();
        assertThat(Files.readAllLines(log)).isNotEmpty().allMatch(l -> l.startsWith("{\"type\":"));
        var csv = run("report", "jilin", "--events", log.toString(), "--month", "2024-05", "--out",
                dir.resolve("may.csv").toString(), "--lang", "en");
        assertThat(csv.code()).as(csv.err()).isZero();
        // The best street of the simulation's own summary is the best of the report read back from its log.
        String best = sim.out().lines().filter(l -> l.trim().startsWith("1. ")).findFirst().orElseThrow().trim();
        assertThat(csv.out()).contains("2024-05 street").contains(best);
        assertThat(Files.readString(dir.resolve("may.csv"), StandardCharsets.UTF_8)).contains("rank");
        var json = run("report", "jilin", "--events", log.toString(), "--out", dir.resolve("may.json").toString(),
                "--json");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(new ObjectMapper().readTree(dir.resolve("may.json").toFile()))
                .isEqualTo(new ObjectMapper().readTree(json.out()));
        assertThat(json.err()).contains("may.json");
    }

    @Test
    void aBrokenLogIsRefusedWithItsLine(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("bad.jsonl");
        Files.write(log, List.of("{\"type\":\"Accepted\",\"issue\":{\"value\":\"a\"}}", "oops"));
        var run = run("report", "jilin", "--events", log.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("bad.jsonl:2").contains("not a valid event");
        var level = run("report", "jilin", "--events", log.toString(), "--level", "galaxy", "--lang", "en");
        assertThat(level.code()).isEqualTo(2);
        assertThat(level.err()).contains("the city has no level galaxy");
    }
}
