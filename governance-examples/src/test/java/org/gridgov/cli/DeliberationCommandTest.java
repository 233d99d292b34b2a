package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gridgov deliberation}: a small-bench meeting played, its log written, and listed again from the log. */
class DeliberationCommandTest {

    @Test
    void aPlayedMeetingIsListedAndItsLogReadsBackTheSame(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("bench.jsonl");
        DemoCommandTest.Run played = run("deliberation", "jilin", "--play", "scenarios/small-bench-meeting.yaml",
                "--write-events", log.toString(), "--lang", "zh");
        assertThat(played.code()).as(played.err() + played.out()).isZero();
        assertThat(played.out()).startsWith("PASS scenarios/small-bench-meeting.yaml")
                .contains("维北社区小板凳议事会 [weibei-small-bench] 小板凳议事会, 每14天")
                .contains("会议 0615 2023-06-15 10:10 已结束, 2/2")
                .contains("议题 装修噪音 楼上装修午休时间施工: 已反馈")
                .contains("赞成4、反对0、弃权0")
                .contains("任务 1: 装修噪音-T1 已办结")
                .contains("议题 车位 重新规划车位: 已排会");

        DemoCommandTest.Run listed = run("deliberation", "jilin", "--events", log.toString(), "--lang", "zh");

        assertThat(listed.code()).as(listed.err()).isZero();
        assertThat(listed.out()).isEqualTo(played.out().substring(played.out().indexOf('\n') + 1));

        // The month's evaluation report gains a line, and an HTML section, for the body.
        Path html = dir.resolve("june.html");
        DemoCommandTest.Run report = run("report", "jilin", "--events", log.toString(), "--month", "2023-06",
                "--lang", "zh", "--out", html.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("议事 维北社区小板凳议事会: 1/2 项议定, 得分 100.00");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<h2>议事协商 Deliberation</h2>")
                .contains("<td>维北社区小板凳议事会</td><td>2 (2)</td><td>2</td><td>1 · 50%</td>");
    }

    @Test
    void aTamperedItemLineIsReportedAtItsLine(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("bench.jsonl");
        run("deliberation", "jilin", "--play", "scenarios/small-bench-meeting.yaml", "--write-events", log.toString());
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.writeString(log, text.replace("请物业协调装修户", "不必协调"), StandardCharsets.UTF_8);
        int line = 1 + (int) text.substring(0, text.indexOf("请物业协调装修户")).chars().filter(c -> c == '\n').count();

        DemoCommandTest.Run listed = run("deliberation", "jilin", "--events", log.toString(), "--lang", "en");

        assertThat(listed.code()).isEqualTo(1);
        assertThat(listed.err()).contains("bench.jsonl:" + line).contains("of item 装修噪音 does not match the hash chain")
                .doesNotContain("Exception");
    }

    @Test
    void aMalformedScenarioIsReportedByLineAndNeitherOptionIsAUsageError(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                name: {zh: 坏场景, en: bad}
                start: 2023-06-15T10:00:00+08:00
                items:
                  - {id: a, title: 议题, category: environment.noise, location: 维北社区}
                steps:
                  - {at: +0m, do: convene, item: a}
                  - {at: +1m, do: vote, meeting: m, item: b, votes: {p-wang: maybe}}
                """, StandardCharsets.UTF_8);

        DemoCommandTest.Run r = run("deliberation", "jilin", "--play", bad.toString(), "--lang", "en");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(":6:").contains("unknown action 'convene'")
                .contains(":7:").contains("item 'b' is not declared").contains("'maybe' is not one of");
        assertThat(run("deliberation", "jilin").code()).isEqualTo(2);
    }
}
