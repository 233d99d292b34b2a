package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import org.gridgov.i18n.Bilingual;
import org.junit.jupiter.api.Test;

class DispatchRejectionReturnsIssueToNewTest {
    private static final Bilingual NOT_OURS = Bilingual.of("不属于本网格职责", "not this grid's remit");

    @Test
    void aRejectedDispatchClearsTheOwnerAndNeedsRoutingAgain() {
        Issue rejected = accepted(dispatched().rejectDispatch(NOT_OURS, GRID_WORKER, at(2)));

        assertThat(rejected.status()).isEqualTo(IssueStatus.NEW);
        assertThat(rejected.owner()).isEmpty();
        IssueEvent last = rejected.timeline().get(rejected.timeline().size() - 1);
        assertThat(last).isInstanceOfSatisfying(IssueEvent.DispatchRejected.class, e -> {
            assertThat(e.actor()).isEqualTo(GRID_WORKER);
            assertThat(e.reason()).isEqualTo(NOT_OURS);
        });

        Issue rerouted = accepted(rejected.route(STREET_OWNER, BECAUSE, ENGINE, at(3)));
        assertThat(rerouted.status()).isEqualTo(IssueStatus.DISPATCHED);
        assertThat(rerouted.owner()).contains(STREET_OWNER);
    }

    @Test
    void onlyADispatchedIssueCanBeRejected() {
        Issue issue = inProgress();

        refusedWith(issue.rejectDispatch(NOT_OURS, GRID_WORKER, at(5)), "wrong-status");
        refusedWith(reported().rejectDispatch(NOT_OURS, GRID_WORKER, at(5)), "wrong-status");
        refusedWith(resolved().rejectDispatch(NOT_OURS, GRID_WORKER, at(5)), "wrong-status");

        assertThat(issue).isEqualTo(inProgress());
    }
}
