package org.gridgov.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.evaluation.HandComputedScorecardTest.GRID;
import static org.gridgov.rules.evaluation.HandComputedScorecardTest.ids;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.metrics.Measure;
import org.gridgov.metrics.Metric;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.evaluation.EvaluationRequest;
import org.gridgov.evaluation.ScoreLine;
import org.gridgov.evaluation.Scorecard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scoring rule that keeps deducting (it updates the case it deducted from, without {@code no-loop}) is stopped
 * by the firing budget: no rule's points count that period, one line of 0 points says why, the weighted rates
 * stand, and the next scorecard is made as usual.
 */
@Timeout(60)
class RunawayScoringRulesCountForNothingTest {
    @TempDir
    static Path dir;
    static DroolsEvaluationPolicy policy;

    @BeforeAll
    static void load() throws Exception {
        HandComputedScorecardTest.history();
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("pack.yaml"), "id: runaway\nname: {zh: 失控, en: runaway}\nversion: \"1\"\n"
                + "extends: base\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rules/late.drl"), """
                rule "超时反复扣分"
                when
                    $c : ScoringCase( !department, late )
                then
                    $c.deductAt("resolved", 1, "超时, 再扣1分", "late: -1 again");
                    update($c);
                end
                """, StandardCharsets.UTF_8);
        var pack = CompiledActivePack.of(PackLoader.withBuiltIns().load(PackSource.directory(dir),
                PackContext.unchecked()).orElseThrow());
        policy = new DroolsEvaluationPolicy(() -> pack);
    }

    @Test
    void theScorecardKeepsTheRatesAndSaysWhichRuleWasStopped() {
        Scorecard card = policy.score(new EvaluationRequest(GRID, "2024-05", HandComputedScorecardTest.cases,
                HandComputedScorecardTest.rates(), Optional.empty()));

        // The rates alone: 100 × (0.3 × 3/4 + 0.3 × 3/4 + 0.4 × 1/2) = 65.
        assertThat(card.score()).isCloseTo(65.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(card.lines()).filteredOn(l -> !l.rule().equals("三率加权")).singleElement().satisfies(l -> {
            assertThat(l.rule()).isEqualTo("超时反复扣分");
            assertThat(l.points()).isZero();
            assertThat(l.reason().zh()).contains("规则“超时反复扣分”").endsWith("本期不计规则加减分");
            assertThat(l.reason().en()).endsWith("no rule's points count this period");
        });
    }

    @Test
    void aScorecardWithoutTheRunawayCaseIsMadeAsUsualAfterwards() {
        policy.score(new EvaluationRequest(GRID, "2024-05", HandComputedScorecardTest.cases,
                HandComputedScorecardTest.rates(), Optional.empty()));

        Map<Metric, Measure> rates = Map.of(Metric.RESPONSE, Measure.of(ids("a"), ids("a")),
                Metric.RESOLUTION, Measure.of(ids("a"), ids("a")), Metric.SATISFACTION, Measure.of(ids("a"), ids("a")));
        Scorecard card = policy.score(new EvaluationRequest(GRID, "2024-05",
                List.of(HandComputedScorecardTest.cases.get(0)), rates, Optional.empty()));

        assertThat(card.lines()).extracting(ScoreLine::rule).contains("未诉先办加分").doesNotContain("超时反复扣分");
        assertThat(card.score()).isCloseTo(101.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
