package org.gridgov.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.metrics.EvaluationFixtures.*;
import static org.gridgov.issue.Rating.BASICALLY_SATISFIED;
import static org.gridgov.issue.Rating.SATISFIED;
import static org.gridgov.issue.Rating.UNSATISFIED;

import java.util.List;
import org.gridgov.issue.Issue;
import org.junit.jupiter.api.Test;

/**
 * Ten cases, their metrics for street one (S1) in March 2026 (Shanghai time) worked out by hand:
 *
 * <pre>
 * case  reported (UTC)      owner           response            resolution          rating / callbacks
 * A     03-02 01:00         grid 1          30 min: in time     1 d, limit 3 d      satisfied
 * B     03-03 01:00         grid 1          3 h: late           2 d, limit 1 d      callback failed, unsatisfied,
 *                                                                                   reopened, resolved, basically
 * C     03-04 01:00         street UM → 退单 → grid 1; accepted 1 h after re-routing: in time; unresolved
 * D     03-05 01:00         grid 1          90 min, accept limit 60 min: late; resolve limit 4 h warned, resolved
 *                           at 5 h: late; police summoned, in at 2.5 h of 3 h; property missed, in at 4 h
 * E     02-28 15:59         grid 1          reported 23:59 on Feb 28 in Shanghai: not March
 * F     03-31 15:59         grid 1          last minute of March: received, never accepted
 * G     03-31 16:00         grid 1          first instant of April: not March
 * H     03-06 01:00         grid 1          resolved, then excluded (不纳入考核)
 * I     03-07 01:00         grid 3 (S2)     police summoned and late: counts for the police, not for S1
 * J     03-08 01:00         grid 3 → reassigned to grid 2 (S1), accepted in 10 min, resolved without a limit,
 *                           unsatisfied
 * </pre>
 */
class StreetMetricsForMarchTest {
    static final List<Issue> CASES = List.of(
            Story.reported("A", "2026-03-02T01:00:00Z").route(GRID1, 0).summon(PROPERTY, null, 5)
                    .deadline("resolve", 3 * DAY, 30).accept(30).resolve(DAY).rate(SATISFIED, DAY + 60).issue(),
            Story.reported("B", "2026-03-03T01:00:00Z").route(GRID1, 0).accept(3 * HOUR)
                    .deadline("resolve", DAY, 3 * HOUR).resolve(2 * DAY).callbackFailed(2 * DAY + 60)
                    .rate(UNSATISFIED, 2 * DAY + 120).reopen(2 * DAY + 130).accept(2 * DAY + 140)
                    .resolve(3 * DAY).rate(BASICALLY_SATISFIED, 3 * DAY + 60).close(3 * DAY + 70).issue(),
            Story.reported("C", "2026-03-04T01:00:00Z").route(STREET1_UM, 0).rejectDispatch(HOUR)
                    .route(GRID1, 2 * HOUR).accept(3 * HOUR).issue(),
            Story.reported("D", "2026-03-05T01:00:00Z").route(GRID1, 0).deadline("accept", HOUR, 0)
                    .deadline("resolve", 4 * HOUR, 0).accept(90).summon(POLICE, 3 * HOUR, 2 * HOUR)
                    .summon(PROPERTY, 3 * HOUR, 2 * HOUR).checkIn(POLICE, 150).missed(PROPERTY, 3 * HOUR)
                    .checkIn(PROPERTY, 4 * HOUR).warn("resolve", 4 * HOUR).resolve(5 * HOUR).issue(),
            Story.reported("E", "2026-02-28T15:59:00Z").route(GRID1, 0).accept(10).issue(),
            Story.reported("F", "2026-03-31T15:59:00Z").route(GRID1, 0).issue(),
            Story.reported("G", "2026-03-31T16:00:00Z").route(GRID1, 0).accept(10).issue(),
            Story.reported("H", "2026-03-06T01:00:00Z").route(GRID1, 0).accept(10).resolve(HOUR).exclude(2 * HOUR)
                    .issue(),
            Story.reported("I", "2026-03-07T01:00:00Z").route(GRID3, 0).accept(10).summon(POLICE, 60L, 20)
                    .checkIn(POLICE, 70).resolve(HOUR * 2).rate(SATISFIED, HOUR * 3).issue(),
            Story.reported("J", "2026-03-08T01:00:00Z").route(GRID3, 0).accept(10).reassign(GRID2, 20)
                    .resolve(DAY).rate(UNSATISFIED, DAY + 60).issue());

    final MetricReport s1 = Metrics.of(CASES, new Scope.Subtree(S1), MARCH, CITY);

    @Test
    void marchInShanghaiStartsAndEndsAtMidnightThere() {
        assertThat(MARCH.from()).hasToString("2026-02-28T16:00:00Z");
        assertThat(MARCH.until()).hasToString("2026-03-31T16:00:00Z");
    }

    @Test
    void casesReportedInMarchAndOwnedInTheStreetAreReceived() {
        assertThat(s1.received()).containsExactly(id("A"), id("B"), id("C"), id("D"), id("F"), id("J"));
        assertThat(s1.receivedCount()).isEqualTo(6);
        assertThat(s1.excluded()).containsExactly(id("H"));
    }

    @Test
    void responseCountsTheFirstAcceptanceAgainstItsLimit() {
        assertThat(s1.response().numerator()).containsExactly(id("A"), id("C"), id("J"));
        assertThat(s1.response().rate()).hasToString("3/6 (50.0%)");
    }

    @Test
    void resolutionAndOnTimeResolution() {
        assertThat(s1.resolution().numerator()).containsExactly(id("A"), id("B"), id("D"), id("J"));
        assertThat(s1.resolution().rate()).isEqualTo(new Rate(4, 6));
        assertThat(s1.onTimeResolution().denominator()).containsExactly(id("A"), id("B"), id("D"), id("J"));
        assertThat(s1.onTimeResolution().numerator()).containsExactly(id("A"), id("J"));
    }

    @Test
    void satisfactionUsesTheLatestRatingOfEachRatedCase() {
        assertThat(s1.satisfaction().denominator()).containsExactly(id("A"), id("B"), id("J"));
        assertThat(s1.satisfaction().numerator()).containsExactly(id("A"), id("B"));
        assertThat(s1.satisfaction().rate()).hasToString("2/3 (66.7%)");
    }

    @Test
    void reopeningAndRejectedDispatch() {
        assertThat(s1.reopening().numerator()).containsExactly(id("B"));
        assertThat(s1.reopening().rate()).isEqualTo(new Rate(1, 4));
        assertThat(s1.dispatchRejection().numerator()).containsExactly(id("C"));
        assertThat(s1.dispatchRejection().rate()).isEqualTo(new Rate(1, 6));
    }

    @Test
    void reportInPunctualityCountsSummonsWithALimit() {
        assertThat(s1.reportInPunctuality().denominator()).containsExactly(id("D"), id("D"));
        assertThat(s1.reportInPunctuality().numerator()).containsExactly(id("D"));
    }

    @Test
    void callbackReachCountsAttempts() {
        assertThat(s1.callbackReach().denominator()).containsExactly(id("A"), id("B"), id("B"), id("B"), id("J"));
        assertThat(s1.callbackReach().numerator()).containsExactly(id("A"), id("B"), id("B"), id("J"));
        assertThat(s1.callbackReach().rate()).hasToString("4/5 (80.0%)");
    }

    @Test
    void anOrganizationIsMeasuredOnItsOwnSummonsWhoeverOwnsTheCase() {
        MetricReport police = Metrics.of(CASES, new Scope.Organization(POLICE), MARCH, CITY);

        assertThat(police.received()).isEmpty();
        assertThat(police.response().rate().value()).isEmpty();
        assertThat(police.response().rate()).hasToString("–/0");
        assertThat(police.reportInPunctuality().denominator()).containsExactly(id("D"), id("I"));
        assertThat(police.reportInPunctuality().numerator()).containsExactly(id("D"));
    }

    @Test
    void theOtherStreetAndPersonsSeeOnlyTheirOwnCases() {
        MetricReport s2 = Metrics.of(CASES, new Scope.Subtree(S2), MARCH, CITY);
        assertThat(s2.received()).containsExactly(id("I"));
        assertThat(s2.reportInPunctuality().denominator()).containsExactly(id("I"));
        assertThat(s2.reportInPunctuality().numerator()).isEmpty();

        assertThat(Metrics.of(CASES, new Scope.Person(P3), MARCH, CITY).received()).containsExactly(id("I"));
        assertThat(Metrics.of(CASES, new Scope.Person(P2), MARCH, CITY).received()).containsExactly(id("J"));
        assertThat(Metrics.of(CASES, new Scope.Person(P1), MARCH, CITY).received())
                .containsExactly(id("A"), id("B"), id("C"), id("D"), id("F"));
    }

    @Test
    void theReportPrintsEveryRate() {
        assertThat(s1.toString()).contains("受理量 (received): 6", "响应率 (response rate): 3/6 (50.0%)",
                "不纳入考核 (excluded): [H]");
        assertThat(s1.measures()).containsOnlyKeys(Metric.values());
        assertThat(s1.measure(Metric.SATISFACTION)).isEqualTo(s1.satisfaction());
    }
}
