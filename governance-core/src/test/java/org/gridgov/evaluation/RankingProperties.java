package org.gridgov.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueId;
import org.gridgov.policy.PolicyVersion;

class RankingProperties {

    static Scorecard card(int unit, List<Integer> points) {
        List<ScoreLine> lines = new ArrayList<>();
        points.forEach(p -> lines.add(new ScoreLine("r", p, Bilingual.of("因", "why"), List.of(new IssueId("i" + unit)), -1)));
        return new Scorecard(new Unit("u" + unit, UnitKind.NODE, "grid", Bilingual.zh("单位" + unit)), "2024-05", lines,
                Optional.empty(), lines.isEmpty(), new PolicyVersion("p", "1", "h"));
    }

    @Property(tries = 200)
    void aRankingIsAPermutationOfTheUnitsBestFirstWithTiesSharingARank(
            @ForAll @Size(max = 20) List<@Size(max = 4) List<@IntRange(min = -5, max = 5) Integer>> units) {
        List<Scorecard> cards = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            cards.add(card(i, units.get(i)));
        }
        Ranking ranking = Ranking.of("grid", "2024-05", cards);
        assertThat(ranking.entries()).extracting(Ranking.Entry::scorecard).containsExactlyInAnyOrderElementsOf(cards);
        for (int i = 1; i < ranking.entries().size(); i++) {
            Ranking.Entry prev = ranking.entries().get(i - 1);
            Ranking.Entry here = ranking.entries().get(i);
            assertThat(here.scorecard().score()).isLessThanOrEqualTo(prev.scorecard().score());
            assertThat(here.rank()).isEqualTo(here.scorecard().score() == prev.scorecard().score() ? prev.rank() : i + 1);
        }
        cards.forEach(c -> assertThat(c.score()).isEqualTo(c.lines().stream().mapToDouble(ScoreLine::points).sum()));
    }
}
