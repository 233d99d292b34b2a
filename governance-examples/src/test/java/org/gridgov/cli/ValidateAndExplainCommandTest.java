package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateAndExplainCommandTest {

    @Test
    void theShippedJilinPackIsCleanAndABarePackOverJilinIsWarnedOfCategoriesJilinLacks(@TempDir Path dir)
            throws IOException {
        var run = run("validate", "jilin", "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("jilin@1.0").contains("0 error(s), 0 warning(s)");
        Files.writeString(dir.resolve("pack.yaml"), "id: bare\nname: {zh: 空, en: bare}\nversion: \"1\"\nextends: base\n",
                StandardCharsets.UTF_8);
        var bare = run("validate", dir.toString(), "--city", "jilin", "--lang", "en");
        assertThat(bare.code()).as(bare.err()).isZero();
        assertThat(bare.out()).contains("0 error(s)").contains("can never fire: category utilities");
    }

    @Test
    void validateWithAProfileWarnsOfOrganizationTypesAndRolesTheProfileLacks(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("city.yaml");
        Files.writeString(profile, String.join("\n",
                "id: t", "name: 某区",
                "levels:", "  - {id: district, name: 区, kind: administrative}",
                "  - {id: street, name: 街道, kind: administrative}", "  - {id: community, name: 社区, kind: administrative}",
                "categories:", "  - {id: environment, name: 环境}",
                "roleTypes:", "  - {id: grid-leader, name: 网格长, scope: node}",
                "organizationTypes:", "  - {id: street-office, name: 街道办事处}", "  - {id: residents-committee, name: 居委会}",
                "jurisdiction:", "  nodes:", "    - {id: d, level: district, name: 某区}",
                "    - {id: s, parent: d, level: street, name: 某街道}", "    - {id: c, parent: s, level: community, name: 某社区}",
                ""), StandardCharsets.UTF_8);
        Path pack = dir.resolve("pack");
        Files.createDirectories(pack.resolve("rules"));
        Files.writeString(pack.resolve("pack.yaml"), "id: mine\nname: {zh: 我的, en: mine}\nversion: \"1\"\n"
                + "extends: base\n", StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("rules/r.drl"), String.join("\n",
                "rule \"住建归街道\"", "when", "    $c : RoutingCase(within(\"environment\"))", "then",
                "    $c.handleBy(\"street\", \"housing-bureau\", \"housing-officer\");", "end", ""),
                StandardCharsets.UTF_8);

        var run = run("validate", pack.toString(), "--profile", profile.toString(), "--lang", "en");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("rules/r.drl, line 5: organization type housing-bureau is not in the city profile")
                .contains("rules/r.drl, line 5: role housing-officer is not in the city profile")
                .contains("[base] pack.yaml, line 14: settings.handlers.district.organizationType: organization type "
                        + "'district-government' is not in the city profile")
                .doesNotContain("handlers.street").doesNotContain("handlers.city");
    }

    @Test
    void aFourLinePackExtendingJilinFromAnyFolderValidatesAndRunsWithJilinsProcedures(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "id: mine\nname: {zh: 我的, en: mine}\nversion: \"1\"\n"
                + "extends: jilin\n", StandardCharsets.UTF_8);
        var validated = run("validate", dir.toString(), "--city", "jilin", "--lang", "en");
        assertThat(validated.code()).as(validated.out() + validated.err()).isZero();
        assertThat(validated.out()).contains("mine@1").contains("0 error(s), 0 warning(s)");
        // The 小板凳 procedure inherited from jilin's procedures/small-bench.yaml applies to meeting items.
        var explained = run("explain", dir.toString(), "--city", "jilin", "--category", "environment.noise",
                "--location", "维北社区", "--at", "2023-06-15T10:00", "--channel", "deliberation", "--days", "2",
                "--lang", "en");
        assertThat(explained.code()).as(explained.out() + explained.err()).isZero();
        assertThat(explained.out()).contains("deadline set stage");
    }

    @Test
    void aBrokenPackFailsWithFileAndLineAndJsonForPrograms(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "id: broken\nname: {zh: 坏包, en: broken}\nversion: \"1\"\n"
                + "extends: base\n", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/a.drl"), "rule \"坏规则\"\nwhen\n    $c : RoutingCase( severity == )\n"
                + "then\nend\n", StandardCharsets.UTF_8);
        var text = run("validate", dir.toString(), "--lang", "en");
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.out()).contains("rules/a.drl").contains("1 error(s)");
        var json = run("validate", dir.toString(), "--json");
        assertThat(json.code()).isEqualTo(1);
        assertThat(json.out()).contains("\"severity\" : \"error\"").contains("\"file\" : \"rules/a.drl\"");
    }

    @Test
    void aBrokenActionIsReportedAtItsLineAndNothingFromDroolsReachesTheTerminal(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "id: noisy\nname: {zh: 坏包, en: noisy}\nversion: \"1\"\n"
                + "extends: base\n", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("rules/a.drl"), "rule \"坏动作\"\nwhen\n    $c : RoutingCase()\nthen\n"
                + "    $c.handleAt(\"grid\");\n    $c.limit(\n    ;\nend\n", StandardCharsets.UTF_8);
        java.io.PrintStream stdout = System.out;
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream capture = new java.io.PrintStream(printed, true, StandardCharsets.UTF_8);
        DemoCommandTest.Run run;
        System.setOut(capture);
        System.setErr(capture);
        try {
            run = run("validate", dir.toString(), "--lang", "en");
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("rules/a.drl, line 7, column 5: the rule's action (then part) is not written")
                .doesNotContain("KieProject").doesNotContain("javaparser").contains("1 error(s)");
    }

    @Test
    void explainSaysWhoHandlesACaseAndWhyInJsonToo() throws IOException {
        var text = run("explain", "jilin", "--category", "facilities.sewer", "--location", "维北社区",
                "--at", "2023-06-15T10:00", "--lang", "zh");
        assertThat(text.code()).as(text.err()).isZero();
        // Located at the community, above any grid, the livelihood net's rule leaves it with the community itself;
        // the base rule for municipal facilities is switched off in Jilin (多帽合一).
        assertThat(text.out()).contains("下水道堵塞（设施维修类）由维北社区承办：规则“民生网事项由网格员牵头”")
                .contains("未采用 社区接办").doesNotContain("市政设施归街道城管");
        var json = run("explain", "jilin", "--category", "environment.noise", "--location", "220202004001-G01",
                "--at", "2023-06-15T10:00", "--json");
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertThat(n.get("level").asText()).isEqualTo("grid");
        assertThat(n.get("rules")).extracting(JsonNode::asText).containsExactlyInAnyOrder("民生网事项由网格员牵头", "网格先办");
        assertThat(n.get("pack").asText()).startsWith("jilin@1.0");
    }

    @Test
    void anUnknownLocationIsSaidPlainly() {
        var run = run("explain", "jilin", "--category", "environment.noise", "--location", "火星",
                "--at", "2023-06-15T10:00", "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("--location: no node, division code or name '火星'");
    }

    @Test
    void aLocationNameThatSeveralNodesCarryListsThemAndAsksForTheCode() {
        var run = run("explain", "jilin", "--category", "environment.noise", "--location", "幸福社区",
                "--at", "2023-06-15T10:00", "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("'幸福社区' names 3 nodes: ").contains("write its id or code");
        var zh = run("explain", "jilin", "--category", "environment.noise", "--location", "幸福社区",
                "--at", "2023-06-15T10:00", "--lang", "zh");
        assertThat(zh.err()).contains("'幸福社区' 对应 3 个节点").contains("请写编号或区划代码");
    }

    @Test
    void testRunsTheShippedScenariosAndListsRulesNoScenarioFired() throws IOException {
        var run = run("test", "jilin", "--coverage", "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("PASS scenarios/four-nets.yaml").contains("PASS scenarios/zhengyang-sewer.yaml")
                .contains("PASS scenarios/report-in-missed.yaml").contains("PASS scenarios/small-bench.yaml")
                .contains("PASS scenarios/small-bench-meeting.yaml").contains("PASS scenarios/members-come-home.yaml")
                .contains("6 passed, 0 failed")
                .contains("rules that never fired").doesNotContain("  网格先办\n");
        var json = run("test", "jilin", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertThat(n.get("passed").asInt()).isEqualTo(6);
        assertThat(n.get("files").get(0).get("file").asText()).isEqualTo("scenarios/four-nets.yaml");
        assertThat(n.get("neverFired")).extracting(JsonNode::asText).doesNotContain("网格先办")
                .contains("会商超时督办");
    }

    @Test
    void aFailingScenarioFailsTheRunAndSaysWhy(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("pack.yaml"), "id: t\nname: {zh: 测, en: t}\nversion: \"1\"\nextends: base\n",
                StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("scenarios"));
        // The grid keeps a noise case under the base pack, so an expected escalation level of 2 fails on line 6.
        Files.writeString(dir.resolve("scenarios/a.yaml"), """
                name: {zh: 噪音, en: noise}
                start: 2023-06-15T10:00:00+08:00
                cases:
                  - {id: noise, category: environment.noise, location: 维北社区1号楼}
                steps:
                  - expect: {case: noise, owner: 220202004001-G01, level: 2, reasonContains: 网格先办}
                """, StandardCharsets.UTF_8);
        var run = run("test", dir.toString(), "--city", "jilin", "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL scenarios/a.yaml").contains("scenarios/a.yaml:6")
                .contains("expected escalation level 2, but was 0").contains("0 passed, 1 failed");
        var json = run("test", dir.toString(), "--city", "jilin", "--json");
        assertThat(json.code()).isEqualTo(1);
        JsonNode failure = new ObjectMapper().readTree(json.out()).get("files").get(0).get("failures").get(0);
        assertThat(failure.get("line").asInt()).isEqualTo(6);
        assertThat(failure.get("message").asText()).contains("expected escalation level 2");
    }

    @Test
    void explainPlaysACaseForwardWithNobodyActing() throws IOException {
        var text = run("explain", "jilin", "--category", "environment.noise", "--location", "维北社区1号楼",
                "--at", "2023-06-15T10:00", "--days", "10", "--lang", "en");
        assertThat(text.code()).as(text.err()).isZero();
        // 3 working days after 10:00 on Thursday 15 June (Tuesday 20 June, 10:00), the grid blows the whistle:
        // exactly at the deadline, not at the next tick.
        assertThat(text.out()).contains("timeline over 10 days").contains("2023-06-19T09:15 warned warn-50")
                .contains("2023-06-20T17:30 escalated → 维北社区居民委员会"); // 3 working days, to the end of the day
        var short1 = run("explain", "jilin", "--category", "environment.noise", "--location", "维北社区1号楼",
                "--at", "2023-06-15T10:00", "--days", "2", "--json");
        JsonNode n = new ObjectMapper().readTree(short1.out());
        assertThat(n.get("timeline")).extracting(e -> e.get("event").asText()).doesNotContain("Escalated")
                .contains("Reported", "Routed");
        var none = run("explain", "jilin", "--category", "environment.noise", "--location", "维北社区1号楼",
                "--at", "2023-06-15T10:00", "--json");
        assertThat(new ObjectMapper().readTree(none.out()).has("timeline")).isFalse();
    }

    @Test
    void explainSaysWhetherAnActorMayActAndWhichGrantDecides() throws IOException {
        String[] noise = {"explain", "jilin", "--category", "environment.noise", "--location", "维北社区1号楼",
                "--at", "2023-06-20T10:00", "--lang", "en"};
        var owner = run(concat(noise, "--actor", "grid-leader@220202004001-G01"));
        assertThat(owner.code()).as(owner.err()).isZero();
        assertThat(owner.out()).contains("access: granted to grid-leader@220202004001-G01 (accept), by the grant "
                + "owner-handles");
        var stranger = run(concat(noise, "--actor", "grid-worker@220283001002-G01", "--command", "resolve"));
        assertThat(stranger.out()).contains("access: refused to grid-worker@220283001002-G01 (resolve)")
                .contains("may not resolve case").contains("not the case's owner");
        var json = run(concat(noise, "--actor", "resident:p-wang", "--command", "rate", "--json"));
        JsonNode access = new ObjectMapper().readTree(json.out()).get("access");
        assertThat(access.get("granted").asBoolean()).isFalse();
        assertThat(access.get("code").asText()).isEqualTo("not-permitted");
        assertThat(access.get("reasonEn").asText()).contains("not the case's reporter");
        var platform = run(concat(noise, "--actor", "platform", "--command", "close", "--json"));
        assertThat(new ObjectMapper().readTree(platform.out()).get("access").get("grant").asText())
                .isEqualTo("platform-closes");
        var bad = run(concat(noise, "--actor", "platform", "--command", "fly"));
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown command fly");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void explainTakesTheCasesOfAScenarioFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cases.yaml");
        Files.writeString(file, "name: {zh: 两件事, en: two cases}\nstart: 2023-06-15T10:00:00+08:00\ncases:\n"
                + "  - {id: n, category: environment.noise, location: 维北社区1号楼}\n"
                + "  - {id: s, category: facilities.sewer, location: 220202004001-G01, severity: medium}\n",
                StandardCharsets.UTF_8);
        var json = run("explain", "jilin", "--case", file.toString(), "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode all = new ObjectMapper().readTree(json.out());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).get("level").asText()).isEqualTo("grid");
        assertThat(all.get(1).get("owner").asText()).endsWith("gen-grid-worker-220202004001-G01-a");
        var text = run("explain", "jilin", "--case", file.toString(), "--lang", "en");
        assertThat(text.out()).contains("[n]").contains("[s]");
        Files.writeString(file, "name: {zh: 重名, en: a repeated name}\nstart: 2023-06-15T10:00:00+08:00\ncases:\n"
                + "  - {id: n, category: environment.noise, location: 幸福社区}\n", StandardCharsets.UTF_8);
        var repeated = run("explain", "jilin", "--case", file.toString(), "--lang", "en");
        assertThat(repeated.code()).isEqualTo(1);
        assertThat(repeated.err()).contains("cases.yaml:4: '幸福社区' names 3 nodes");
    }

    @Test
    void aBrokenCaseFileOrMissingOptionsAreSaidPlainly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cases.yaml");
        Files.writeString(file, "name: {zh: 坏, en: bad}\nstart: 2023-06-15T10:00:00+08:00\ncases:\n"
                + "  - {id: n, category: environment.noise, locaton: 维北社区1号楼}\n", StandardCharsets.UTF_8);
        var broken = run("explain", "jilin", "--case", file.toString(), "--lang", "en");
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("cases.yaml").contains(":4").contains("locaton");
        var missing = run("explain", "jilin", "--category", "environment.noise", "--lang", "en");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("give --case FILE, or --category, --location and --at");
    }

    @Test
    void theReadmesFirstPackValidatesPassesItsScenarioAndExplainsItself(@TempDir Path dir) throws IOException {
        // The three files of the README's "Your first pack", taken from the README itself so the two never drift.
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        Path pack = dir.resolve("my-pack");
        for (String file : List.of("pack.yaml", "rules/mine.drl", "scenarios/first.yaml")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("```[a-z]*\\n(?:#|//) my-pack/"
                    + java.util.regex.Pattern.quote(file) + "[^\\n]*\\n(.*?)```", java.util.regex.Pattern.DOTALL)
                    .matcher(readme);
            assertThat(m.find()).as("README shows %s", file).isTrue();
            Files.createDirectories(pack.resolve(file).getParent());
            Files.writeString(pack.resolve(file), m.group(1), StandardCharsets.UTF_8);
        }
        var validate = run("validate", pack.toString(), "--city", "jilin", "--lang", "en");
        assertThat(validate.code()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("0 error(s)");
        var test = run("test", pack.toString(), "--city", "jilin", "--lang", "en");
        assertThat(test.out()).contains("1 passed, 0 failed");
        var explain = run("explain", pack.toString(), "--city", "jilin", "--case",
                pack.resolve("scenarios/first.yaml").toString(), "--lang", "en");
        assertThat(explain.out()).contains("rule “噪音归社区”").contains("lost 网格先办");
    }
}
