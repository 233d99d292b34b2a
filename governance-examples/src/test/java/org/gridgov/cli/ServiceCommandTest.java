package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gridgov service}: 维北社区's report-in and wish played, its log written, and listed again from the log. */
class ServiceCommandTest {

    @Test
    void aPlayedReportInAndWishAreListedWithTheRatesAndTheLogReadsBackTheSame(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("service.jsonl");
        DemoCommandTest.Run played = run("service", "jilin", "--play", "scenarios/members-come-home.yaml",
                "--community", "维北社区", "--write-events", log.toString(), "--lang", "zh");
        assertThat(played.code()).as(played.err() + played.out()).isZero();
        assertThat(played.out()).startsWith("PASS scenarios/members-come-home.yaml")
                .contains("报到 赵* → 维北社区 (居住地社区), 已线下确认")
                .contains("心愿 wish/血压计: 想要一个电子血压计 fulfilled")
                .contains("服务 record/送血压计: 赵*, 送去血压计并教会使用 1.0 小时")
                .contains("2023 维北社区 报到率 100.00%, 服务率 100.00% (1/1)")
                .doesNotContain("赵明");

        DemoCommandTest.Run listed = run("service", "jilin", "--events", log.toString(), "--community", "维北社区",
                "--lang", "zh");

        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).isEqualTo(played.out().substring(played.out().indexOf('\n') + 1));
        assertThat(run("service", "jilin").code()).as("neither --events nor --play").isEqualTo(2);

        // The month's report of a log without cases names its month and gains the service section.
        assertThat(run("report", "jilin", "--events", log.toString()).code()).isEqualTo(2);
        Path html = dir.resolve("june.html");
        DemoCommandTest.Run report = run("report", "jilin", "--events", log.toString(), "--month", "2023-06",
                "--lang", "zh", "--out", html.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("党员服务 维北社区: 报到率 100.00%, 服务率 100.00%");
        assertThat(Files.readString(html)).contains("<h2>党员服务 Party members' service</h2>")
                .contains("<td>维北社区</td><td>1</td><td>1</td><td>100.00%</td><td>100.00%</td><td>1.0</td>");
    }

    @Test
    void aScenarioPlayedIntoAStoreIsListedFromTheStoreAsFromItsLog(@TempDir Path dir) {
        String store = dir.resolve("service.db").toString();
        DemoCommandTest.Run played = run("service", "jilin", "--play", "scenarios/members-come-home.yaml",
                "--community", "维北社区", "--store", store, "--lang", "en");
        assertThat(played.code()).as(played.err() + played.out()).isZero();

        DemoCommandTest.Run listed = run("service", "jilin", "--store", store, "--community", "维北社区", "--lang", "en");

        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).isEqualTo(played.out().substring(played.out().indexOf('\n') + 1))
                .contains("fulfilled");
        assertThat(run("service", "jilin", "--store", store, "--events", "x.jsonl").code())
                .as("two sources").isEqualTo(2);
    }
}
