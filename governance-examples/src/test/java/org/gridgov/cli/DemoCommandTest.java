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
    void theDemoPrintsJilinsRealDivisionsAndItsGeneratedGrids() throws IOException {
        Run run = run("demo", "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        Map<String, Integer> data = countsIn("/org/gridgov/examples/jilin/divisions/jilin_city_2202.json");
        // The shared data's README states 150 streets and 1,778 communities and villages (390 + 1,388).
        assertThat(data).containsEntry("street", 150).containsEntry("community", 1778)
                .containsEntry("urban", 390).containsEntry("rural", 1388);
        assertThat(countOnRow(run.out(), "city")).isEqualTo(1);
        assertThat(countOnRow(run.out(), "county/district")).isEqualTo(data.get("county")).isEqualTo(12);
        assertThat(countOnRow(run.out(), "township/street")).isEqualTo(150);
        assertThat(countOnRow(run.out(), "village/community")).isEqualTo(1778);
        // Ten grids per urban community, two per village, plus the two dedicated grids the profile declares.
        assertThat(countOnRow(run.out(), "grid")).isEqualTo(390 * 10 + 1388 * 2 + 2);
        assertThat(run.out()).contains("Jilin").contains("dedicated 2")
                .contains("party net, safety net, livelihood net, enterprise net")
                .contains("(backup, B post)");
        assertThat(run.out()).doesNotContain("13804325678");
    }

    @Test
    void theDemoRoutesTheSeedReportsIssuesWithExplainedDecisions() {
        Run run = run("demo", "--lang", "zh");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("派单规则包 jilin@1.0")
                .contains("下水道堵塞（设施维修类）由维北社区第1网格承办：规则“民生网事项由网格员牵头”")
                .contains("噪音扰民（环境卫生类）由维北社区居民委员会承办：规则“小板凳议事事项下次会前反馈”")
                .contains("协办: 新地号街道司法所")
                // Jilin's profile lacks some of the base pack's categories: the loader says which rules can never fire.
                .contains("城市配置中没有类别 utilities")
                // A week on the simulated clock: the grid's cases go up to the community, the street's are supervised.
                .contains("升级至维北社区（吹哨）")
                .contains("规则“街道及以上超时督办”")
                .contains("考核排名 2023-06").contains("1. 维北社区");
    }

    @Test
    void theDemoLoadsJiangyuanInChinese() throws IOException {
        Run run = run("demo", "--city", "jiangyuan", "--lang", "zh");
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
