package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.pack.TestPacks.failed;
import static org.gridgov.rules.pack.TestPacks.load;
import static org.gridgov.rules.pack.TestPacks.loaded;
import static org.gridgov.rules.pack.TestPacks.pack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drools logs its compile errors itself ({@code ERROR KieProject … Problem stacktrace} with JavaParser's frames) and
 * announces every KieBase it creates; none of it may reach the terminal of the command line, the scenario runner or
 * a host: the pack's problems are the only report. The tests run with slf4j-simple writing to {@code System.err},
 * as the command line does, so a Drools log line would show up in what they capture.
 */
class DroolsLogsStayOutOfTheTerminalTest {
    @TempDir
    Path dir;

    /** What {@code action} wrote to System.out and System.err, together. */
    private static <T> Captured<T> capture(Supplier<T> action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try {
            T value = action.get();
            return new Captured<>(value, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private record Captured<T>(T value, String printed) {
    }

    @Test
    void aBrokenActionIsReportedAsALocatedProblemAndNothingElseIsPrinted() {
        Captured<PackLoadResult> r = capture(() -> load(pack(dir, "noisy", "rules/noisy.drl", """
                rule "网格期限"
                when
                    $c : RoutingCase()
                then
                    $c.limit(
                    ;
                end
                """)));

        assertThat(r.printed()).isEmpty();
        assertThat(failed(r.value())).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules/noisy.drl");
            assertThat(p.line()).isEqualTo(6);
        });
    }

    @Test
    void aBrokenConditionPrintsNothingEither() {
        Captured<PackLoadResult> r = capture(() -> load(pack(dir, "cond", "rules/cond.drl", """
                rule "字段"
                when
                    $c : RoutingCase(urgency == 3)
                then
                    $c.handleAt("grid");
                end
                """)));

        assertThat(r.printed()).isEmpty();
        assertThat(failed(r.value())).singleElement().extracting(PackProblem::line).isEqualTo(3);
    }

    @Test
    void aCleanPackLoadsWithoutDroolsAnnouncingItsKieBase() {
        Captured<PackLoadResult> r = capture(() -> load(pack(dir, "quiet", "rules/quiet.drl", """
                rule "网格"
                when
                    $c : RoutingCase()
                then
                    $c.handleAt("grid");
                end
                """)));

        assertThat(r.printed()).isEmpty();
        assertThat(loaded(r.value()).rules()).containsKey("网格");
    }
}
