package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import org.junit.jupiter.api.Test;

class EventsMustNotGoBackInTimeTest {

    @Test
    void anEventEarlierThanTheLastIsRefused() {
        Issue issue = inProgress();

        refusedWith(issue.note("late", HOTLINE, at(1)), "out-of-order");

        assertThat(issue).isEqualTo(inProgress());
    }

    @Test
    void anEventAtTheSameInstantIsAccepted() {
        Issue issue = inProgress();

        assertThat(accepted(issue.resolve("done", GRID_WORKER, issue.lastEventAt())).lastEventAt())
                .isEqualTo(issue.lastEventAt());
    }

    @Test
    void anIssueIsReportedOnlyOnce() {
        Outcome again = dispatched().apply(new IssueEvent.Reported(ISSUE, HOTLINE, at(5), noiseComplaint()));

        refusedWith(again, "already-reported");
    }
}
