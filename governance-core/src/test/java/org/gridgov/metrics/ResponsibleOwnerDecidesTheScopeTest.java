package org.gridgov.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.metrics.EvaluationFixtures.*;

import java.time.Duration;
import java.util.List;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.NodeId;
import org.junit.jupiter.api.Test;

/** A case counts for the owner that resolved it last, or for its last owner if it was never resolved. */
class ResponsibleOwnerDecidesTheScopeTest {
    static final String MARCH_3 = "2026-03-03T01:00:00Z";

    @Test
    void aCaseReassignedToAnotherStreetCountsThereWithItsWholeHistory() {
        Issue moved = Story.reported("M", MARCH_3).route(GRID1, 0).accept(5 * HOUR).reassign(GRID3, 6 * HOUR)
                .resolve(DAY).issue();

        assertThat(Metrics.of(List.of(moved), new Scope.Subtree(S1), MARCH, CITY).received()).isEmpty();
        MetricReport s2 = Metrics.of(List.of(moved), new Scope.Subtree(S2), MARCH, CITY);
        assertThat(s2.received()).containsExactly(id("M"));
        assertThat(s2.response().numerator()).isEmpty(); // grid 1's late acceptance goes with the case
    }

    @Test
    void aCaseMovedAfterItsResolutionCountsForWhoResolvedIt() {
        Issue reopenedAndEscalated = Story.reported("R", MARCH_3).route(GRID1, 0).accept(10).resolve(HOUR)
                .reopen(2 * HOUR).escalate(STREET1_UM, 3 * HOUR).issue();

        assertThat(Metrics.of(List.of(reopenedAndEscalated), new Scope.Person(P1), MARCH, CITY).received())
                .containsExactly(id("R"));
        assertThat(Metrics.of(List.of(reopenedAndEscalated), new Scope.Organization(URBAN_MANAGEMENT), MARCH, CITY)
                .received()).isEmpty();
    }

    @Test
    void anEscalatedCaseCountsForTheStreetButNotForTheCommunityBelowIt() {
        Issue escalated = Story.reported("X", MARCH_3).route(GRID1, 0).escalate(STREET1_UM, 3 * HOUR)
                .accept(4 * HOUR).resolve(DAY).issue();

        assertThat(Metrics.of(List.of(escalated), new Scope.Subtree(S1), MARCH, CITY).received()).hasSize(1);
        assertThat(Metrics.of(List.of(escalated), new Scope.Subtree(S1C1), MARCH, CITY).received()).isEmpty();
        MetricReport um = Metrics.of(List.of(escalated), new Scope.Organization(URBAN_MANAGEMENT), MARCH, CITY);
        assertThat(um.received()).containsExactly(id("X"));
        assertThat(um.response().numerator()).containsExactly(id("X")); // 1 h after the escalation dispatched it
    }

    @Test
    void aRejectedCaseNotYetRoutedAgainCountsForTheOwnerThatRejectedIt() {
        Issue rejected = Story.reported("K", MARCH_3).route(GRID1, 0).rejectDispatch(30).issue();

        MetricReport p1 = Metrics.of(List.of(rejected), new Scope.Person(P1), MARCH, CITY);
        assertThat(p1.received()).containsExactly(id("K"));
        assertThat(p1.dispatchRejection().rate()).isEqualTo(new Rate(1, 1));
    }

    @Test
    void aCaseNeverRoutedCountsNowhere() {
        Issue unrouted = Story.reported("U", MARCH_3).issue();

        assertThat(Metrics.of(List.of(unrouted), new Scope.Subtree(new NodeId("C")), MARCH, CITY).received())
                .isEmpty();
    }

    @Test
    void aLiftedLimitNoLongerAppliesAndACityMaySetItsOwnAcceptLimit() {
        Issue lifted = Story.reported("L", MARCH_3).route(GRID1, 0).deadline("accept", 30, 0).clear("accept", 10)
                .accept(HOUR).deadline("resolve", 2 * HOUR, HOUR).clear("resolve", 2 * HOUR).resolve(DAY).issue();

        MetricReport report = Metrics.of(List.of(lifted), new Scope.Person(P1), MARCH, CITY);
        assertThat(report.response().numerator()).containsExactly(id("L"));
        assertThat(report.onTimeResolution().numerator()).containsExactly(id("L"));
        assertThat(Metrics.of(List.of(lifted), new Scope.Person(P1), MARCH, CITY, Duration.ofMinutes(30))
                .response().numerator()).isEmpty();
    }

    @Test
    void malformedInputIsAProgrammingError() {
        Issue a = Story.reported("A", MARCH_3).route(GRID1, 0).issue();
        Issue elsewhere = Story.reported("Z", MARCH_3).route(Owner.atNode(new NodeId("nowhere")), 0).issue();

        assertThatThrownBy(() -> Metrics.of(List.of(a, a), new Scope.Subtree(S1), MARCH, CITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
        assertThatThrownBy(() -> Metrics.of(List.of(a), new Scope.Subtree(new NodeId("nowhere")), MARCH, CITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
        assertThatThrownBy(() -> Metrics.of(List.of(elsewhere), new Scope.Subtree(S1), MARCH, CITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Z");
        assertThatThrownBy(() -> Metrics.of(List.of(a), new Scope.Subtree(S1), MARCH, CITY, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
