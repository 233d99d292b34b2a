package org.gridgov.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks run and print a well-formed table; their figures are never asserted (shared, noisy machines). */
class BenchCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aQuickRunOfTheTickAndScoringBenchesPrintsOneRowPerMeasureWithBaselineAndRatio() {
        Run run = run("--quick", "--only", "tick,scoring");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> rows = run.out().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| measure")).toList();
        assertThat(rows).anyMatch(r -> r.startsWith("| escalation tick, 50,000 open, 500 due"))
                .anyMatch(r -> r.startsWith("| memory per open issue"))
                .anyMatch(r -> r.startsWith("| monthly scorecards of 150 streets over 20,000 closed issues"));
        for (String row : rows) {
            assertThat(row.split("\\|", -1)).as(row).hasSize(9);
        }
        assertThat(rows.stream().filter(r -> r.startsWith("| escalation tick"))).allMatch(r -> r.contains("plain scan"));
        assertThat(run.out()).contains("quick run, not comparable with the targets");
    }

    @Test
    void unknownBenchmarksAreNamedWithTheKnownOnes() {
        Run run = run("--only", "warp-speed");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("warp-speed").contains("tick").contains("scoring");
        assertThat(run("--list").out()).contains("tick").contains("scoring");
    }
}
