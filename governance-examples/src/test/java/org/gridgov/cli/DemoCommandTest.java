package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GridgovCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Counts per division level and per community kind, straight from the shipped JSON. */
    static Map<String, Integer> countsIn(String resource) throws IOException {
        JsonNode tree;
        try (var in = DemoCommandTest.class.getResourceAsStream(resource)) {
            tree = new ObjectMapper().readTree(in).get("tree");
        }
        Map<String, Integer> counts = new HashMap<>();
        count(tree, counts);
        return counts;
    }

    private static void count(JsonNode n, Map<String, Integer> counts) {
        counts.merge(n.get("level").asText(), 1, Integer::sum);
        if (n.get("level").asText().equals("community")) {
            counts.merge(Integer.parseInt(n.get("code").asText().substring(9)) < 200 ? "urban" : "rural", 1, Integer::sum);
        }
        n.path("children").forEach(c -> count(c, counts));
    }

    private static int countOnRow(String out, String label) {
        for (String line : out.split("\n")) {
            if (line.trim().startsWith(label)) {
                return Integer.parseInt(line.trim().substring(label.length()).trim().split("\\s+")[0]);
            }
        }
        throw new AssertionError("no row '" + label + "' in:\n" + out);
    }

    @Test
    void theDemoPrintsJilinsRealDivisionsAndItsGeneratedGrids(@TempDir Path dir) throws IOException {
        Run run = run("demo", "--lang", "en", "--days", "2", "--report", dir.resolve("r.html").toString());
        assertThat(run.code()).as(run.err()).isZero();
        Map<String, Integer> data = countsIn("/org/gridgov/examples/jilin/divisions/jilin_city_2202.json");
        // The shared data's README states 150 streets and 1,778 communities and villages (390 + 1,388).
        assertThat(data).containsEntry("street", 150).containsEntry("community", 1778)
                .containsEntry("urban", 390).containsEntry("rural", 1388);
        assertThat(countOnRow(run.out(), "city")).isEqualTo(1);
        assertThat(countOnRow(run.out(), "county/district")).isEqualTo(data.get("county")).isEqualTo(12);
        assertThat(countOnRow(run.out(), "township/street")).isEqualTo(150);
        assertThat(countOnRow(run.out(), "village/community")).isEqualTo(1778);
        // Ten grids per urban community, two per village, plus the two dedicated grids the profile declares; three
        // of the villages' 1,388 are units numbered 400-599 named like communities (吉林哈达湾经济开发区管委会社区 …),
        // which take the community plan.
        assertThat(countOnRow(run.out(), "grid")).isEqualTo((390 + 3) * 10 + (1388 - 3) * 2 + 2);
        assertThat(run.out()).contains("Jilin").contains("dedicated 2")
                .contains("party net, safety net, livelihood net, enterprise net")
                .contains("(backup, B post)");
        assertThat(run.out()).doesNotContain("13804325678");
    }

    @Test
    void theDemoReplaysTheSeedCaseRoutesEachNetSimulatesAWeekAndWritesTheReport(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("jilin.html");
        Run run = run("demo", "--lang", "zh", "--days", "7", "--report", report.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("规则包 jilin@1.0")
                // The pack switches off the base rules for categories Jilin does not have, so it loads clean.
                .doesNotContain("警告")
                // The seed report's case, step by step from the pack's scenario, and its six steps online.
                .contains("一、报告中的案件: 正阳社区下水道堵塞")
                // The small-bench meeting, held as a real meeting.
                .contains("五、议事协商: 小板凳议事会").contains("议题 装修噪音 楼上装修午休时间施工: 已反馈")
                // An in-service member comes home: reported in, a wish fulfilled, the rates.
                .contains("六、在职党员回家").contains("报到 赵* → 维北社区 (居住地社区), 已线下确认")
                // ... and a simulated year of a thousand generated members, rates from its events.
                .containsPattern("模拟一年: 1001 名在职党员, \\d+ 条命令; 报到率 \\d+\\.\\d\\d%, "
                        + "服务率 \\d+\\.\\d\\d%; 不得评先评优的单位 \\d+")
                .contains("2022-05-24T09:00 召集 北城街道司法所, 报到时限 2022-05-24T09:30")
                .contains("2022-05-24T09:15 报到 北城街道司法所")
                .contains("2022-05-26T09:00 评价 满意")
                .contains("吹哨(基层报单) → 报到(平台接单) → 会商(中心派单) → 落实(部门领单) → 反馈(市委督单)")
                .contains("场景校验: 通过")
                // One case per net, each with the team that leads it.
                .contains("[党建网] 志愿帮扶").contains("由维北社区党员志愿服务队承办：规则“党建网事项由党员志愿服务队牵头”")
                .contains("[平安网] 占道经营").contains("由新地号街道综合执法队承办")
                .contains("[企业网] 用工服务").contains("由新地号街道助企服务队承办")
                .contains("协办: 船营区民政局")
                .contains("噪音扰民（环境卫生类）由维北社区居民委员会承办：规则“小板凳议事事项下次会前反馈”")
                // The simulated week: escalations with their reasons, then the streets ranked with their lines.
                .contains("三、模拟 2023-06, 7 天").contains("吹哨上报 →")
                .contains("四、月度考核").contains("得分构成").contains("三率加权")
                .contains("报告已写入");
        assertThat(Files.readString(report)).contains("<canvas").contains("吉林市2023-06考核报告");
        // English is a switch away.
        Run en = run("demo", "--lang", "en", "--days", "1", "--report", dir.resolve("en.html").toString());
        assertThat(en.out()).contains("1. The report's case: the blocked sewer of Zhengyang community")
                .contains("summoned Beicheng street judicial office").contains("4. Monthly scorecards");
    }

    @Test
    void theDemoLoadsJiangyuanInChinese(@TempDir Path dir) throws IOException {
        Run run = run("demo", "--city", "jiangyuan", "--lang", "zh", "--days", "1", "--report",
                dir.resolve("j.html").toString());
        assertThat(run.code()).as(run.err()).isZero();
        Map<String, Integer> data = countsIn("/org/gridgov/examples/jiangyuan/divisions/baishan_jiangyuan_220605.json");
        assertThat(countOnRow(run.out(), "镇(街)")).isEqualTo(data.get("street")).isEqualTo(10);
        assertThat(countOnRow(run.out(), "社区(村)")).isEqualTo(91);
        assertThat(countOnRow(run.out(), "网格")).isEqualTo(data.get("urban") * 4 + data.get("rural"));
    }

    @Test
    void aBrokenProfileIsReportedWithFileAndLineAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("city.yaml");
        Files.writeString(profile, "id: x\nname: 某市\nlevels:\n  - {id: city, name: 市, kind: county}\n"
                + "jurisdiction:\n  nodes:\n    - {id: c, level: city, name: 某市}\n", StandardCharsets.UTF_8);
        Run run = run("demo", "--profile", profile.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("city.yaml:4").contains("levels[0].kind").contains("'county'")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownCityIsAUsageError() {
        Run run = run("demo", "--city", "atlantis");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("atlantis").contains("jilin");
    }
}
