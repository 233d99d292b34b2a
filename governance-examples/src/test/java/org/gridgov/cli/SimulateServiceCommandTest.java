package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gridgov simulate-service}: a small year with generated members, its log listed again by 'service'. */
class SimulateServiceCommandTest {

    @Test
    void aYearWithGeneratedMembersPrintsTheRatesAndItsLogReadsBackWithTheSameMembers(@TempDir Path dir) {
        Path log = dir.resolve("year.jsonl");
        String[] members = {"--members", "300", "--units", "8", "--communities", "4"};
        DemoCommandTest.Run year = run(concat(new String[] {"simulate-service", "jilin", "--lang", "zh", "--events",
                log.toString()}, members));
        assertThat(year.code()).as(year.err() + year.out()).isZero();
        assertThat(year.out()).containsPattern("吉林市 2024: 301 名在职党员, \\d+ 条命令")
                .containsPattern("吉林市 报到率 \\d+\\.\\d\\d% \\(\\d+/301\\), 服务率")
                .contains("不得评先评优的单位: ").contains("/9").contains("第四季度三亮服务之星")
                .doesNotContain("Exception");
        DemoCommandTest.Run listed = run(concat(new String[] {"service", "jilin", "--events", log.toString(), "--year",
                "2024", "--lang", "zh"}, members));
        assertThat(listed.code()).as(listed.err()).isZero();
        String cityLine = year.out().lines().filter(l -> l.startsWith("吉林市 报到率")).findFirst().orElseThrow();
        String rate = cityLine.substring("吉林市 报到率 ".length(), cityLine.indexOf(' ', "吉林市 报到率 ".length()));
        assertThat(listed.out()).contains("2024 吉林市 报到率 " + rate).contains("服务 record/svc-");
        // A community's listing holds only the services of members who reported in there: in 维北社区, which the
        // generated members do not live in, only 赵明's (masked), though the city's listing has thousands.
        DemoCommandTest.Run weibei = run(concat(new String[] {"service", "jilin", "--events", log.toString(), "--year",
                "2024", "--community", "维北社区", "--lang", "zh"}, members));
        assertThat(weibei.code()).as(weibei.err()).isZero();
        assertThat(weibei.out().lines().filter(l -> l.startsWith("服务 record/svc-"))).isNotEmpty()
                .allMatch(l -> l.contains(": 赵*, "));
        assertThat(listed.out().lines().filter(l -> l.startsWith("服务 record/svc-") && !l.contains(": 赵*, ")))
                .hasSizeGreaterThan(100);
    }

    @Test
    void aBadCountOrYearIsToldPlainly() {
        assertThat(run("simulate-service", "jilin", "--year", "1900").code()).isEqualTo(2);
        DemoCommandTest.Run bad = run("simulate-service", "jilin", "--members", "0", "--lang", "en");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("staffing.members.count").doesNotContain("Exception");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
