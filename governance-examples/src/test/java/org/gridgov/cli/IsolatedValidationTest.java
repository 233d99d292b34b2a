package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gridgov validate --isolated}: the pack is compiled in a child JVM; what is printed is what the validation
 * in process prints, and a child that runs past the time limit is killed with a message saying so.
 */
@Timeout(300)
class IsolatedValidationTest {

    private static Path brokenPack(Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "id: broken\nname: {zh: 坏包, en: broken}\nversion: \"1\"\n"
                + "extends: base\n", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/a.drl"), "rule \"坏动作\"\nwhen\n    $c : RoutingCase()\nthen\n"
                + "    $c.handleAt(\"grid\");\n    $c.limit(\n    ;\nend\n", StandardCharsets.UTF_8);
        return dir;
    }

    private static boolean childrenLeft() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .anyMatch(p -> p.info().commandLine().orElse("").contains(IsolatedValidation.REPORT_OPTION));
    }

    @Test
    void aBrokenPackIsReportedByTheChildExactlyAsInProcess(@TempDir Path dir) throws IOException {
        Path pack = brokenPack(dir);

        var inProcess = run("validate", pack.toString(), "--lang", "en");
        var isolated = run("validate", pack.toString(), "--isolated", "--lang", "en");
        var isolatedJson = run("validate", pack.toString(), "--isolated", "--json", "--lang", "zh");

        assertThat(isolated.code()).as(isolated.err()).isEqualTo(1).isEqualTo(inProcess.code());
        assertThat(isolated.out()).isEqualTo(inProcess.out())
                .contains("rules/a.drl, line 7, column 5: the rule's action (then part) is not written correctly")
                .contains("1 error(s)");
        assertThat(isolated.err()).isEmpty();
        assertThat(isolatedJson.out()).isEqualTo(run("validate", pack.toString(), "--json").out())
                .contains("\"column\" : 5");
        assertThat(childrenLeft()).isFalse();
    }

    @Test
    void aCleanPackIsCleanInTheChildTooAndNamedByItsVersion(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "id: clean\nname: {zh: 干净, en: clean}\nversion: \"2\"\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/a.drl"), "rule \"网格\"\nwhen\n    $c : RoutingCase()\nthen\n"
                + "    $c.handleAt(\"grid\");\nend\n", StandardCharsets.UTF_8);

        var isolated = run("validate", dir.toString(), "--isolated", "--lang", "zh");

        assertThat(isolated.code()).as(isolated.err()).isZero();
        assertThat(isolated.out()).isEqualTo(run("validate", dir.toString(), "--lang", "zh").out())
                .startsWith("clean@2").endsWith(": 0 个错误, 0 个警告\n");
    }

    @Test
    void aChildPastItsTimeIsKilledAndTheValidationFailsSayingSo() {
        // Starting a JVM and compiling Jilin's pack takes several seconds: one second is never enough.
        long start = System.nanoTime();
        var en = run("validate", "jilin", "--isolated", "--timeout", "1", "--lang", "en");

        assertThat(en.code()).isEqualTo(1);
        assertThat(en.err()).contains("validation timed out: compiling the pack in a separate process took longer "
                + "than 1 s, and the process was stopped (--timeout gives it longer)");
        assertThat(en.out()).isEmpty();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(15_000);
        assertThat(childrenLeft()).isFalse();
        var zh = run("validate", "jilin", "--isolated", "--timeout", "1", "--lang", "zh");
        assertThat(zh.err()).contains("校验超时: 在单独进程中编译规则包超过 1 秒, 已终止该进程");
    }

    @Test
    void aTimeoutOutOfRangeIsAUsageError() {
        var r = run("validate", "jilin", "--isolated", "--timeout", "0", "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--timeout must be from 1 to 3600 seconds");
    }
}
