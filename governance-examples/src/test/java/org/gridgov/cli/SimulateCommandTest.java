package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    @Test
    void aFewSimulatedDaysOfJilinEndWithTheEvaluationAndTheSameSeedGivesTheSameResult(@TempDir Path dir)
            throws Exception {
        Path report = dir.resolve("sim.html");
        var first = run("simulate", "jilin", "--days", "3", "--per-day", "30", "--seed", "7", "--lang", "en",
                "--report", report.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("cases:").contains("response rate").contains("satisfaction rate")
                .contains("streets, best and worst five").contains("1. ");
        assertThat(Files.readString(report)).contains("<canvas");
        var again = run("simulate", "jilin", "--days", "3", "--per-day", "30", "--seed", "7", "--lang", "en");
        assertThat(again.out().lines().filter(l -> !l.startsWith("report")).toList())
                .isEqualTo(first.out().lines().filter(l -> !l.startsWith("report")).toList());
    }
}
