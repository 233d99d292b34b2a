package org.gridgov.rules.evaluation;

import org.gridgov.authorization.Parties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.HOTLINE;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.Outcome;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.evaluation.Evaluations;
import org.gridgov.evaluation.Ranking;
import org.gridgov.evaluation.WhatIf;

/** 不纳入考核: excluding any case of the month never lowers any unit's score, at any level. */
class ExclusionProperties {
    static List<Issue> unexcluded;

    @BeforeContainer
    static void month() throws Exception {
        AMonthOfCasesIsEvaluatedTest.month();
        unexcluded = AMonthOfCasesIsEvaluatedTest.issues.stream().map(i -> i.excluded() ? Issue.replay(
                i.timeline().stream().filter(e -> !(e instanceof IssueEvent.Excluded)).toList()) : i).toList();
    }

    @Property(tries = 25)
    void excludingACaseNeverLowersAUnitsScore(@ForAll @IntRange(min = 0, max = 59) int k,
                                              @ForAll @IntRange(min = 0, max = 2) int level) {
        Issue target = unexcluded.get(k);
        List<Issue> withOne = unexcluded.stream().map(i -> i.id().equals(target.id())
                ? ((Outcome.Accepted) i.exclude(Bilingual.of("不合理", "unreasonable"), Parties.PLATFORM,
                        i.lastEventAt().plusSeconds(1))).issue() : i).toList();
        LevelId l = new LevelId(List.of("grid", "community", "street").get(level));
        var city = AMonthOfCasesIsEvaluatedTest.city;
        var may = AMonthOfCasesIsEvaluatedTest.may;
        Ranking before = Evaluations.rankLevel(city, unexcluded, may, "2024-05", l, AMonthOfCasesIsEvaluatedTest.base());
        Ranking after = Evaluations.rankLevel(city, withOne, may, "2024-05", l, AMonthOfCasesIsEvaluatedTest.base());
        for (WhatIf.Change c : WhatIf.compare(before, after).changes()) {
            assertThat(c.scoreDelta().orElseThrow()).as("excluding %s for %s", target.id(), c.unit().id())
                    .isGreaterThanOrEqualTo(-1e-9);
        }
    }
}
