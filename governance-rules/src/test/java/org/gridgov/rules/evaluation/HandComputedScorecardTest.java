package org.gridgov.rules.evaluation;

import java.time.Instant;
import org.gridgov.authorization.Parties;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.HOTLINE;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.T0;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.category.CategoryId;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.evaluation.UnitKind;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.metrics.Metric;
import org.gridgov.rules.escalation.EscalationOnASimulatedClockTest;
import org.gridgov.evaluation.EvaluationRequest;
import org.gridgov.metrics.Measure;
import org.gridgov.evaluation.ScoreLine;
import org.gridgov.evaluation.Scorecard;
import org.gridgov.evaluation.Unit;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A month of four cases of one grid, scored by the base pack and checked against a hand computation. */
class HandComputedScorecardTest {
    static final Unit GRID = new Unit("G1", UnitKind.NODE, "grid", Bilingual.zh("东厂宅第1网格"));
    static DroolsEvaluationPolicy policy;
    static List<Issue> cases;

    @BeforeAll
    static void history() throws Exception {
        EscalationOnASimulatedClockTest.load();
        var pack = EscalationOnASimulatedClockTest.pack;
        policy = new DroolsEvaluationPolicy(() -> pack);
        CityGovernance engine = EscalationOnASimulatedClockTest.engine(new InMemoryEventStore(), GovernanceSettings.DEFAULT);
        for (String id : List.of("a", "b", "c", "d")) {
            engine.report(new IssueId(id), IssueFacts.of(new CategoryId("environment.noise"),
                    new ChannelId(id.equals("a") ? "grid-patrol" : "hotline-12345"), new NodeId("B1"), "噪音",
                    Severity.LOW), HOTLINE, T0);
        }
        // a: found by the grid, resolved the next day (未诉先办 +1).
        engine.accept(new IssueId("a"), owner(engine, new IssueId("a"), T0.plus(Duration.ofHours(1))), T0.plus(Duration.ofHours(1)));
        done(engine.resolve(new IssueId("a"), "已协调", owner(engine, new IssueId("a"), T0.plus(Duration.ofDays(1))), T0.plus(Duration.ofDays(1))));
        done(engine.rate(new IssueId("a"), Rating.SATISFIED, "", HOTLINE, T0.plus(Duration.ofDays(1)).plusSeconds(60)));
        // b: resolved late (-2), rated unsatisfied (-2), which reopens it (-3). The limit passed on day 7, so the
        // whistle took it to the community, which accepts and resolves it on day 8.
        engine.accept(new IssueId("b"), owner(engine, new IssueId("b"), T0.plus(Duration.ofHours(1))), T0.plus(Duration.ofHours(1)));
        done(engine.accept(new IssueId("b"), community(engine, T0.plus(Duration.ofDays(8)).minusSeconds(60)), T0.plus(Duration.ofDays(8)).minusSeconds(60)));
        done(engine.resolve(new IssueId("b"), "已协调", community(engine, T0.plus(Duration.ofDays(8))), T0.plus(Duration.ofDays(8))));
        done(engine.rate(new IssueId("b"), Rating.UNSATISFIED, "仍然很吵", HOTLINE, T0.plus(Duration.ofDays(8)).plusSeconds(60)));
        // c: the grid rejected the dispatch (-1); it went one level up.
        engine.rejectDispatch(new IssueId("c"), Bilingual.of("不属本网格", "not this grid"), owner(engine, new IssueId("c"), T0.plus(Duration.ofHours(2))),
                T0.plus(Duration.ofHours(2)));
        // d: resolved late, but a reviewer excluded it (不纳入考核): no deduction.
        engine.accept(new IssueId("d"), owner(engine, new IssueId("d"), T0.plus(Duration.ofHours(1))), T0.plus(Duration.ofHours(1)));
        done(engine.accept(new IssueId("d"), community(engine, T0.plus(Duration.ofDays(9)).minusSeconds(60)), T0.plus(Duration.ofDays(9)).minusSeconds(60)));
        done(engine.resolve(new IssueId("d"), "已协调", community(engine, T0.plus(Duration.ofDays(9))), T0.plus(Duration.ofDays(9))));
        done(engine.exclude(new IssueId("d"), Bilingual.of("诉求不合理", "unreasonable request"), Parties.PLATFORM,
                T0.plus(Duration.ofDays(10))));
        cases = List.of("a", "b", "c", "d").stream().map(id -> engine.issue(new IssueId(id)).orElseThrow()).toList();
    }

    /** The residents' committee the whistle took the late cases to: it acts after the command's catch-up. */
    private static org.gridgov.actor.Actor community(CityGovernance engine, Instant at) {
        return Parties.organization(engine.city(), new org.gridgov.organization.OrganizationId("m1-rc"), at)
                .orElseThrow();
    }

    /** Every command of the history is meant to be carried out. */
    private static void done(org.gridgov.engine.CommandOutcome o) {
        assertThat(o).isInstanceOf(org.gridgov.engine.CommandOutcome.Done.class);
    }

    static List<IssueId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(IssueId::new).toList();
    }

    static Map<Metric, Measure> rates() {
        return Map.of(Metric.RESPONSE, Measure.of(ids("a", "b", "d"), ids("a", "b", "c", "d")),
                Metric.RESOLUTION, Measure.of(ids("a", "b", "d"), ids("a", "b", "c", "d")),
                Metric.SATISFACTION, Measure.of(ids("a"), ids("a", "b")));
    }

    @Test
    void theScoreIsTheWeightedRatesPlusBonusesMinusDeductionsAndEveryLineIsTraceable() {
        Scorecard card = policy.score(new EvaluationRequest(GRID, "2024-05", cases, rates(), Optional.empty()));
        // 100 × (0.3 × 3/4 + 0.3 × 3/4 + 0.4 × 1/2) = 65; a +1; b −2 −3 −2; c −1; d nothing (excluded).
        assertThat(card.score()).isCloseTo(58.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(card.grade().orElseThrow().zh()).isEqualTo("不合格");
        assertThat(card.lines()).filteredOn(l -> l.rule().equals("三率加权")).hasSize(3);
        assertThat(card.lines()).filteredOn(l -> l.cases().equals(ids("b")))
                .extracting(ScoreLine::rule).containsExactlyInAnyOrder("超时办结扣分", "重办扣分", "群众不满意扣分");
        assertThat(card.lines()).filteredOn(l -> l.cases().equals(ids("d"))).isEmpty();
        ScoreLine late = card.lines().stream().filter(l -> l.rule().equals("超时办结扣分")).findFirst().orElseThrow();
        Issue b = cases.get(1);
        assertThat(b.timeline().get(late.event())).isInstanceOf(org.gridgov.issue.IssueEvent.Resolved.class);
        ScoreLine bonus = card.lines().stream().filter(l -> l.rule().equals("未诉先办加分")).findFirst().orElseThrow();
        assertThat(bonus.cases()).containsExactly(new IssueId("a"));
        assertThat(bonus.points()).isEqualTo(1.0);
        assertThat(card.policy().packId()).isEqualTo("base");
    }

    @Test
    void withoutTheExclusionTheLateCaseWouldCostTwoPoints() {
        Issue d = cases.get(3);
        Issue notExcluded = Issue.replay(d.timeline().subList(0, d.timeline().size() - 1));
        List<Issue> without = List.of(cases.get(0), cases.get(1), cases.get(2), notExcluded);
        Scorecard card = policy.score(new EvaluationRequest(GRID, "2024-05", without, rates(), Optional.empty()));
        assertThat(card.score()).isCloseTo(56.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aUnitWithoutCasesGetsFullMarksAndUndefinedRatesDropOut() {
        Scorecard empty = policy.score(new EvaluationRequest(GRID, "2024-05", List.of(), Map.of(), Optional.empty()));
        assertThat(empty.noCases()).isTrue();
        assertThat(empty.score()).isEqualTo(100.0);
        assertThat(empty.grade().orElseThrow().en()).isEqualTo("excellent");
        Map<Metric, Measure> noRatings = Map.of(Metric.RESPONSE, Measure.of(ids("a"), ids("a")),
                Metric.RESOLUTION, Measure.of(ids("a"), ids("a")), Metric.SATISFACTION, Measure.of(List.of(), List.of()));
        Scorecard card = policy.score(new EvaluationRequest(GRID, "2024-05", List.of(cases.get(0)), noRatings,
                Optional.empty()));
        // response and resolution share 100 points when satisfaction is undefined; +1 for the proactive case.
        assertThat(card.score()).isCloseTo(101.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
