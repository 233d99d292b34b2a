package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import org.junit.jupiter.api.Test;

class ReportedIssueIsRoutedAcceptedAndResolvedTest {

    @Test
    void aReportStartsANewIssueWithItsFacts() {
        Outcome outcome = Issue.report(ISSUE, noiseComplaint(), HOTLINE, at(0));

        Issue issue = accepted(outcome);
        assertThat(issue.id()).isEqualTo(ISSUE);
        assertThat(issue.facts()).isEqualTo(noiseComplaint());
        assertThat(issue.status()).isEqualTo(IssueStatus.NEW);
        assertThat(issue.owner()).isEmpty();
        assertThat(issue.version()).isEqualTo(1);
        assertThat(issue.timeline()).containsExactly(((Outcome.Accepted) outcome).event());
        assertThat(issue.lastEventAt()).isEqualTo(at(0));
    }

    @Test
    void theReportersWordsStayOutOfLogs() {
        assertThat(noiseComplaint().toString()).doesNotContain("烧烤").contains("environment.noise");
        assertThat(reported().toString()).doesNotContain("烧烤");
    }

    @Test
    void theHappyPathDispatchesAcceptsAndResolves() {
        Issue routed = accepted(reported().route(GRID_OWNER, BECAUSE, ENGINE, at(1)));
        assertThat(routed.status()).isEqualTo(IssueStatus.DISPATCHED);
        assertThat(routed.owner()).contains(GRID_OWNER);

        Issue taken = accepted(routed.accept(GRID_WORKER, at(2)));
        assertThat(taken.status()).isEqualTo(IssueStatus.IN_PROGRESS);

        Issue done = accepted(taken.resolve("已协调店主调整营业时间", GRID_WORKER, at(3)));
        assertThat(done.status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(done.owner()).contains(GRID_OWNER);
        assertThat(done.version()).isEqualTo(4);
        assertThat(done.timeline()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Reported", "Routed", "Accepted", "Resolved");
    }

    @Test
    void routingIsRefusedOnceDispatched() {
        Issue issue = dispatched();

        refusedWith(issue.route(STREET_OWNER, BECAUSE, ENGINE, at(5)), "wrong-status");

        assertThat(issue).isEqualTo(dispatched());
    }

    @Test
    void acceptingIsRefusedBeforeRoutingAndAfterAccepting() {
        Rejection r = refusedWith(reported().accept(GRID_WORKER, at(1)), "wrong-status");
        assertThat(r.reason().zh()).contains("待派单");
        assertThat(r.reason().en()).contains("accept").contains("new");

        refusedWith(inProgress().accept(GRID_WORKER, at(5)), "wrong-status");
    }

    @Test
    void resolvingIsRefusedUntilAccepted() {
        refusedWith(dispatched().resolve("done", GRID_WORKER, at(5)), "wrong-status");
        refusedWith(reported().resolve("done", GRID_WORKER, at(5)), "wrong-status");
        refusedWith(resolved().resolve("again", GRID_WORKER, at(5)), "wrong-status");
    }

    @Test
    void feedbackIsGivenWhileInProgressOrResolvedOnly() {
        assertThat(accepted(inProgress().giveFeedback("已联系店主", GRID_WORKER, at(5))).status())
                .isEqualTo(IssueStatus.IN_PROGRESS);
        assertThat(accepted(resolved().giveFeedback("已办结", HOTLINE, at(5))).status())
                .isEqualTo(IssueStatus.RESOLVED);

        refusedWith(dispatched().giveFeedback("?", HOTLINE, at(5)), "wrong-status");
        refusedWith(closed().giveFeedback("?", HOTLINE, at(5)), "wrong-status");
    }

    @Test
    void theSameCommandsOnTheSameIssueGiveEqualStates() {
        assertThat(resolved()).isEqualTo(resolved()).hasSameHashCodeAs(resolved());
        assertThat(resolved()).isNotEqualTo(inProgress());
    }
}
