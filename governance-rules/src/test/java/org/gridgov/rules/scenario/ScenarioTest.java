package org.gridgov.rules.scenario;




import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.gridgov.GridGov;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.rules.pack.PackSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scenario files of a test pack run as dynamic tests; a failing scenario's message; malformed files. */
class ScenarioTest {
    static City city;

    @BeforeAll
    static void load() throws Exception {
        city = CityLoader.loadResource(ScenarioTest.class.getClassLoader(), "org/gridgov/rules/routing/routing-city.yaml");
    }

    static final PackSource BASE = PackSource.classpath(ScenarioTest.class.getClassLoader(), "org/gridgov/rules/packs/base/");

    static Path folder(String name) throws URISyntaxException {
        return Path.of(ScenarioTest.class.getClassLoader().getResource("org/gridgov/rules/scenario/" + name).toURI());
    }

    @Test
    void theSuiteFindsTheScenarioFilesOfAPack() throws Exception {
        PackSource pack = PackSource.directory(folder("pack"));
        assertThat(ScenarioSuite.files(pack, "scenarios")).containsExactly("scenarios/deadlines-and-supervision.yaml",
                "scenarios/dispute-by-names.yaml",
                "scenarios/dispute-report-in-missed.yaml",
                "scenarios/noise-escalates.yaml", "scenarios/unsatisfied-reopens.yaml");
        assertThat(ScenarioSuite.load(pack, "scenarios")).extracting(s -> s.name().en())
                .contains("a noise complaint goes up when overdue");
    }

    @Test
    void aFailingExpectationSaysWhatWasExpectedWhatHappenedAndTheTimeline() throws Exception {
        PackSource failing = PackSource.directory(folder("failing"));
        Scenario scenario = ScenarioSuite.read(failing, "scenarios/wrong-owner.yaml");
        GridGov base = GridGov.forCity(city).pack(BASE);
        ScenarioResult result = ScenarioRunner.run(scenario, base.build());
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.caseId()).isEqualTo("a");
            assertThat(f.message())
                    .contains("scenarios/wrong-owner.yaml:7", "2024-05-14 10:00")
                    .contains("预期承办方为 S1, 实际为 M1 东厂宅社区 / m1-rc", "expected owner S1, but was M1")
                    .contains("expected escalation level 2, but was 1")
                    .contains("expected latest reason contains 不存在的理由")
                    .contains("timeline of case a")
                    .contains("2024-05-07 10:00  Reported", "2024-05-07 10:10  Accepted", "Escalated  → M1")
                    .contains("2024-05-14 10:00  Escalated");
        });
        assertThat(result.failureReport()).startsWith("场景 故意失败的场景 / scenario a scenario that fails on purpose")
                .contains("1 项未通过 / failed");
    }

    static List<DocumentProblem> problems(String text) {
        try {
            ScenarioReader.read("s.yaml", text);
        } catch (DocumentException e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }

    static final String HEAD = """
            name: {zh: 测试, en: test}
            start: 2024-05-07T10:00:00+08:00
            cases:
              - {id: a, category: environment.noise, location: B1}
            steps:
            """;

    @Test
    void aWellFormedFileReadsOffsetsAndAliases() throws Exception {
        Scenario s = ScenarioReader.read("s.yaml", HEAD + """
                  - {at: +1d2h, do: 受理, case: a}
                  - {at: "2024-05-09T10:00:00+08:00", do: tick}
                  - {do: rate, case: a, rating: 不满意}
                  - expect: {case: a, status: 已派单}
                """);
        assertThat(s.start()).isEqualTo(Instant.parse("2024-05-07T02:00:00Z"));
        assertThat(s.steps()).extracting(Scenario.Step::action).containsExactly(Scenario.Action.ACCEPT,
                Scenario.Action.TICK, Scenario.Action.RATE, Scenario.Action.EXPECT);
        assertThat(s.steps().get(0).at()).isEqualTo(Instant.parse("2024-05-08T04:00:00Z"));
        assertThat(s.steps().get(2).at()).isEqualTo(Instant.parse("2024-05-09T02:00:00Z"));
        assertThat(s.steps().get(3).line()).isEqualTo(9);
    }

    @Test
    void anUnknownKeyIsReportedWithItsLineAndField() {
        assertThat(problems(HEAD + """
                  - {at: +1h, do: accept, case: a}
                  - at: +2h
                    expect: {case: a, ownr: G1}
                """)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.field()).isEqualTo("steps[1].expect.ownr");
            assertThat(p.message().en()).contains("unknown field 'ownr'").contains("owner");
        });
    }

    @Test
    void aBadInstantIsReportedAtItsStep() {
        assertThat(problems(HEAD + """
                  - {at: +1h, do: accept, case: a}
                  - {at: next tuesday, do: tick}
                """)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.field()).isEqualTo("steps[1].at");
            assertThat(p.message().en()).contains("'at' value 'next tuesday' is not valid");
            assertThat(p.message().zh()).contains("时间 'next tuesday' 无效");
        });
    }

    @Test
    void anUnknownActionAnExpectationWithoutACaseAndAnUndeclaredCaseAreAllReported() {
        List<DocumentProblem> problems = problems(HEAD + """
                  - {at: +1h, do: dance, case: a}
                  - expect: {owner: G1}
                  - {at: +3h, do: accept, case: z}
                  - {at: +2h, do: tick}
                """);
        assertThat(problems).extracting(DocumentProblem::line, DocumentProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, "steps[0].do"),
                org.assertj.core.groups.Tuple.tuple(7, "steps[1].expect"),
                org.assertj.core.groups.Tuple.tuple(8, "steps[2].case"),
                org.assertj.core.groups.Tuple.tuple(9, "steps[3].at"));
        assertThat(problems.get(0).message().en()).contains("unknown action 'dance'").contains("check-in");
        assertThat(problems.get(1).message().en()).contains("names no 'case'");
        assertThat(problems.get(3).message().en()).contains("time order");
    }

    @Test
    void aBadStartIsReported() {
        assertThat(problems("""
                name: {zh: 测试, en: test}
                start: 2024-05-07 10:00
                cases:
                  - {id: a, category: environment.noise, location: B1}
                """)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.field()).isEqualTo("start");
        });
    }

    @Test
    void anEvaluationExpectationNamesAUnitAndAScoreOrRankAndNothingOfACase() {
        List<DocumentProblem> problems = problems(HEAD + """
                  - expect: {unit: S1}
                  - expect: {unit: S1, owner: G1, score: 90}
                  - expect: {unit: S1, rank: 1}
                """);
        assertThat(problems).extracting(DocumentProblem::line, DocumentProblem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, "steps[0].expect"),
                org.assertj.core.groups.Tuple.tuple(7, "steps[1].expect"));
        assertThat(problems.get(0).message().en()).contains("'unit' and a 'score' or 'rank'");
    }

    @Test
    void aUnitsScoreAndRankAreCheckedWithThePacksScoringRules() throws Exception {
        GridGov base = GridGov.forCity(city).pack(BASE);
        String story = HEAD + """
                  - {at: +30m, do: reject, case: a, reason: 不属本网格}
                  - {at: +1h, do: accept, case: a}
                  - {at: +1d, do: resolve, case: a}
                  - {at: +1d1h, do: rate, case: a, rating: satisfied}
                  - expect: {unit: %s, score: %s, rank: %s}
                """;
        // One dispatch rejection costs the street a point (退单扣分); S2, without cases, keeps 100 and ranks first.
        ScenarioResult good = ScenarioRunner.run(ScenarioReader.read("s.yaml", story.formatted("S1", "99", "2")), base.build());
        assertThat(good.passed()).as(good.failureReport()).isTrue();
        assertThat(good.firedRules()).as("scoring rules count for coverage").contains("退单扣分");
        ScenarioResult bad = ScenarioRunner.run(ScenarioReader.read("s.yaml", story.formatted("S1", "60", "1")), base.build());
        assertThat(bad.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("s.yaml:10").contains("expected score 60.00, but was 99.00")
                .contains("expected rank 1, but was 2/2").contains("排名 / ranking"));
        ScenarioResult nowhere = ScenarioRunner.run(ScenarioReader.read("s.yaml", story.formatted("火星", "1", "1")), base.build());
        assertThat(nowhere.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("no node or department '火星' to evaluate"));
    }

    @Test
    void dueInstantsSupervisionAndMonthsAreCheckedAndAWrongOneSaysWhatWasFound() throws Exception {
        GridGov base = GridGov.forCity(city).pack(BASE);
        String story = HEAD + """
                  - expect: {case: a, due: 2024-05-14T11:00, supervised: true, supervisionLevel: city}
                  - expect: {unit: S1, period: 2024-06, score: 100}
                """;
        ScenarioResult wrong = ScenarioRunner.run(ScenarioReader.read("s.yaml", story), base.build());
        assertThat(wrong.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("expected deadline resolve due 2024-05-14T11:00, but was 2024-05-14 10:00")
                .contains("expected supervised 是 (true), but was 否 (false)")
                .contains("expected level supervised at city, but was (未督办 / never supervised)"));
        assertThat(problems(HEAD + """
                  - expect: {case: a, due: 明天}
                  - expect: {case: a, due: [1, 2]}
                  - expect: {unit: S1, period: 六月, score: 1}
                  - expect: {case: a, period: 2024-06}
                """)).extracting(DocumentProblem::field).containsExactly("steps[0].expect.due",
                "steps[1].expect.due", "steps[2].expect.period", "steps[3].expect.period");
    }

    @Test
    void aScenarioWrittenWithChineseKeysReadsAndRunsLikeItsEnglishTwin() throws Exception {
        String chinese = """
                名称: {中文: 纠纷上报, 英文: a dispute goes up}
                开始: 2024-05-07T10:00:00+08:00
                案件:
                  - {编号: d, 类别: disputes, 地点: G1, 渠道: hotline-12345}
                步骤:
                  - 预期: {案件: d, 承办方: 东厂宅社区居委会, 层级: 0}
                  - {时间: +15d, 动作: 吹哨, 案件: d, 单位: 兴华街道城管科}
                  - 时间: +15d
                    预期: {案件: d, 承办方: S1, 层级: 1, 已上报: true, 已召集: [兴华街道城管科]}
                """;
        Scenario s = ScenarioReader.read("中文.yaml", chinese);
        assertThat(s.name().en()).isEqualTo("a dispute goes up");
        assertThat(s.steps()).extracting(Scenario.Step::line).containsExactly(6, 7, 8);
        ScenarioResult result = ScenarioRunner.run(s, GridGov.forCity(city).pack(BASE).build());
        assertThat(result.passed()).as(result.failureReport()).isTrue();
        assertThat(result.results()).hasSize(2);
        assertThat(problems(chinese.replace("承办方: S1", "承办: S1"))).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message().en()).contains("unknown field '承办'");
        });
    }

    @Test
    void aCaseCanBeReportedLaterThanTheStartAndMeetsTheModeOfItsTime() throws Exception {
        GridGov base = GridGov.forCity(city).pack(BASE);
        Scenario s = ScenarioReader.read("s.yaml", """
                name: {zh: 急时上报, en: reported in an emergency}
                start: 2024-05-07T10:00:00+08:00
                cases:
                  - {id: late, category: environment.noise, location: B1, severity: high, 时间: +2h}
                  - {id: early, category: environment.noise, location: B1, severity: high}
                steps:
                  - {at: +1h, do: emergency, node: D}
                  - expect: {case: early, owner: S1}
                  - at: +2h
                    expect: {case: late, owner: D, reasonContains: 应急状态下重大事项由区县统筹}
                """);
        assertThat(s.cases()).extracting(c -> c.reportedAt(s.start())).containsExactly(
                Instant.parse("2024-05-07T04:00:00Z"), Instant.parse("2024-05-07T02:00:00Z"));
        ScenarioResult result = ScenarioRunner.run(s, base.build());
        assertThat(result.passed()).as(result.failureReport()).isTrue();
        // Before its instant the case does not exist yet.
        ScenarioResult tooEarly = ScenarioRunner.run(ScenarioReader.read("s.yaml", HEAD.replace("location: B1}",
                "location: B1, at: +1d}") + "  - expect: {case: a, owner: G1}\n"), base.build());
        assertThat(tooEarly.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("the case was never reported"));
        assertThat(problems(HEAD.replace("location: B1}", "location: B1, at: yesterday}") + "  - {do: tick}\n"))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("cases[0].at");
                    assertThat(p.line()).isEqualTo(4);
                });
    }
}
