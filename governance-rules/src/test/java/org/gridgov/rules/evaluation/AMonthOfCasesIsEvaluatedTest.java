package org.gridgov.rules.evaluation;

import org.gridgov.authorization.Parties;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.HOTLINE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.metrics.Period;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.report.EvaluationReport;
import org.gridgov.report.EvaluationReports;
import org.gridgov.report.writer.ReportWriter;
import org.gridgov.rules.escalation.EscalationOnASimulatedClockTest;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.evaluation.Evaluations;
import org.gridgov.evaluation.Ranking;
import org.gridgov.evaluation.ScoreLine;
import org.gridgov.evaluation.Scorecard;
import org.gridgov.evaluation.WhatIf;
import org.gridgov.store.InMemoryEventStore;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** May 2024 in the test city: scorecards, rankings, the streets' rating of departments, the report and a what-if. */
class AMonthOfCasesIsEvaluatedTest {
    static final YearMonth MAY = YearMonth.of(2024, 5);
    static City city;
    static List<Issue> issues;
    static Period may;

    @BeforeAll
    public static void month() throws Exception {
        EscalationOnASimulatedClockTest.load();
        city = EscalationOnASimulatedClockTest.city;
        may = Period.month(MAY, city.zone());
        CityGovernance engine = EscalationOnASimulatedClockTest.engine(new InMemoryEventStore(), GovernanceSettings.DEFAULT);
        Random r = new Random(20240501);
        String[] locations = {"B1", "G1", "G2", "G3", "M1", "M2"};
        String[] categories = {"environment.noise", "other", "disputes", "property"};
        Instant start = Instant.parse("2024-05-01T02:00:00Z");
        for (int i = 0; i < 60; i++) {
            Instant at = start.plus(Duration.ofHours(11L * i));
            IssueId id = new IssueId(String.format("may-%02d", i));
            engine.report(id, IssueFacts.of(new CategoryId(categories[r.nextInt(categories.length)]),
                    new ChannelId(r.nextInt(3) == 0 ? "grid-patrol" : "hotline-12345"),
                    new NodeId(locations[r.nextInt(locations.length)]), "事项", Severity.LOW), HOTLINE, at);
            if (r.nextInt(10) == 0) {
                engine.rejectDispatch(id, Bilingual.of("不属本单位", "not ours"), owner(engine, id, at.plusSeconds(600)), at.plusSeconds(600));
            }
            if (r.nextInt(4) > 0) {
                Instant accepted = at.plus(Duration.ofMinutes(30 + r.nextInt(200)));
                engine.accept(id, owner(engine, id, accepted), accepted);
            }
            if (i % 7 == 3) {
                engine.summon(id, new OrganizationId(r.nextBoolean() ? "s1-justice" : "s1-safety"),
                        TimeLimit.parse("30 分钟"), owner(engine, id, at.plus(Duration.ofHours(4))), at.plus(Duration.ofHours(4)));
            }
        }
        // Most cases are resolved within one to nine days (some late), then rated; the rest run into the ticks.
        for (int i = 0; i < 60; i++) {
            IssueId id = new IssueId(String.format("may-%02d", i));
            Issue issue = engine.issue(id).orElseThrow();
            Instant after = issue.lastEventAt().plusSeconds(60);
            if (issue.status() == org.gridgov.issue.IssueStatus.DISPATCHED) {
                engine.accept(id, owner(engine, id, after), after);
            }
            Instant resolved = issue.timeline().get(0).at().plus(Duration.ofHours(24 + r.nextInt(24 * 8)));
            if (r.nextInt(6) > 0 && engine.resolve(id, "已办结", owner(engine, id, resolved), resolved).isDone()) {
                engine.rate(id, Rating.values()[r.nextInt(3)], "", HOTLINE, resolved.plusSeconds(60));
            }
            if (i == 7) {
                engine.exclude(id, Bilingual.of("诉求不合理", "unreasonable"), Parties.PLATFORM, resolved.plusSeconds(600));
            }
        }
        for (Instant t = start; t.isBefore(Instant.parse("2024-06-15T00:00:00Z")); t = t.plus(Duration.ofHours(6))) {
            engine.tick(t);
        }
        issues = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> engine.issue(new IssueId(String.format("may-%02d", i))).orElseThrow()).toList();
    }

    static DroolsEvaluationPolicy base() {
        return new DroolsEvaluationPolicy(() -> EscalationOnASimulatedClockTest.pack);
    }

    @Test
    void everyUnitOfALevelIsScoredAndRankedAndEveryPointIsTraceableToItsCases() {
        for (String level : List.of("grid", "community", "street")) {
            Ranking ranking = Evaluations.rankLevel(city, issues, may, "2024-05", new LevelId(level), base());
            Set<String> units = city.jurisdiction().atLevel(city.jurisdiction().root().id(), new LevelId(level))
                    .stream().map(n -> n.id().value()).collect(Collectors.toSet());
            assertThat(ranking.entries()).extracting(e -> e.scorecard().unit().id())
                    .containsExactlyInAnyOrderElementsOf(units);
            for (Ranking.Entry e : ranking.entries()) {
                Scorecard card = e.scorecard();
                var report = org.gridgov.metrics.Metrics.of(issues, new org.gridgov.metrics.Scope.Subtree(
                        new NodeId(card.unit().id())), may, city.jurisdiction());
                Set<IssueId> own = new java.util.HashSet<>(report.received());
                own.addAll(report.excluded());
                assertThat(card.score()).isEqualTo(card.lines().stream().mapToDouble(ScoreLine::points).sum());
                for (ScoreLine line : card.lines()) {
                    for (IssueId id : line.cases()) {
                        Issue issue = issues.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
                        assertThat(own).as("case %s of %s", id, card.unit().id()).contains(id);
                        if (line.event() >= 0) {
                            assertThat(line.event()).isLessThan(issue.timeline().size());
                        }
                    }
                }
            }
        }
    }

    @Test
    void theStreetRatesTheDepartmentsItSummoned() {
        Ranking departments = Evaluations.rankDepartments(city, issues, may, "2024-05", new NodeId("S1"), base());
        assertThat(departments.entries()).extracting(e -> e.scorecard().unit().id()).isNotEmpty()
                .allMatch(id -> id.equals("s1-justice") || id.equals("s1-safety"));
        departments.entries().forEach(e -> assertThat(e.scorecard().lines()).allMatch(l -> !l.rule().equals("超时办结扣分")));
    }

    @Test
    void theMonthGivesJsonCsvAndAnHtmlReportWithTheWorstCases() throws Exception {
        Ranking grids = Evaluations.rankLevel(city, issues, may, "2024-05", new LevelId("grid"), base());
        Ranking communities = Evaluations.rankLevel(city, issues, may, "2024-05", new LevelId("community"), base());
        EvaluationReport report = EvaluationReports.of(Bilingual.of("测试市五月考核", "Test City, May"), "2024-05",
                city, issues, List.of(grids, communities), List.of(YearMonth.of(2024, 4), MAY, YearMonth.of(2024, 6)), 5);
        assertThat(report.trend().get(0).response()).isEmpty();            // no cases in April: undefined
        assertThat(report.trend().get(1).response()).isPresent();
        String html = ReportWriter.html(report);
        assertThat(html).contains("东厂宅第1网格").contains("三率走势").contains("<canvas id=\"c1\">");
        assertThat(new ObjectMapper().readTree(ReportWriter.json(report)).get("rankings")).hasSize(2);
        assertThat(ReportWriter.csv(grids).lines()).hasSize(1 + grids.entries().size());
        report.worstCases().forEach(c -> assertThat(c.points()).isNegative());
        java.nio.file.Files.writeString(Path.of("target", "may-report.html"), html);
    }

    @Test
    void aWhatIfUnderAStricterPackShowsHowEachGridsScoreAndRankWouldChange() throws Exception {
        Path folder = Path.of(getClass().getResource("/org/gridgov/rules/evaluation/strict-pack/pack.yaml").toURI()).getParent();
        PackLoadResult loaded = PackLoader.withBuiltIns().load(PackSource.directory(folder), PackContext.unchecked());
        CompiledActivePack strict = CompiledActivePack.of(loaded.orElseThrow());
        Ranking now = Evaluations.rankLevel(city, issues, may, "2024-05", new LevelId("grid"), base());
        Ranking then = Evaluations.rankLevel(city, issues, may, "2024-05", new LevelId("grid"),
                new DroolsEvaluationPolicy(() -> strict));
        WhatIf whatIf = WhatIf.compare(now, then);
        assertThat(whatIf.changes()).hasSize(now.entries().size());
        assertThat(whatIf.changes()).allMatch(c -> c.before().isPresent() && c.after().isPresent());
        assertThat(whatIf.changes()).anyMatch(c -> Math.abs(c.scoreDelta().orElseThrow()) > 1e-9);
        whatIf.changes().forEach(c -> assertThat(c.after().orElseThrow().scorecard().policy().packId()).isEqualTo("strict"));
    }
}
