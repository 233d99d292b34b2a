package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import org.junit.jupiter.api.Test;

class FailedCallbackIsRecordedOnAResolvedIssueTest {

    @Test
    void aResolvedIssueRecordsFailedCallbacksAndIsStillRatedLater() {
        Issue resolved = resolved();

        Issue once = accepted(resolved.recordFailedCallback("无人接听", HOTLINE, at(5)));
        Issue twice = accepted(once.recordFailedCallback("", HOTLINE, at(65)));

        assertThat(twice.timeline()).filteredOn(e -> e instanceof IssueEvent.CallbackFailed).hasSize(2);
        assertThat(twice.status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(twice.rating()).isEmpty();
        assertThat(accepted(twice.rate(Rating.SATISFIED, "", RESIDENT, at(120))).rating())
                .contains(Rating.SATISFIED);
        assertThat(Issue.replay(twice.timeline())).isEqualTo(twice);
    }

    @Test
    void aClosedIssueRecordsAFailedCallbackAndStaysClosed() {
        Issue closed = accepted(closed().recordFailedCallback("号码空号", HOTLINE, at(9)));

        assertThat(closed.status()).isEqualTo(IssueStatus.CLOSED);
        assertThat(closed.closure()).contains(Closure.RESOLVED);
    }

    @Test
    void anIssueStillBeingHandledHasNoCallbackToFail() {
        refusedWith(reported().recordFailedCallback("无人接听", HOTLINE, at(5)), "wrong-status");
        refusedWith(dispatched().recordFailedCallback("无人接听", HOTLINE, at(5)), "wrong-status");
        Rejection r = refusedWith(inProgress().recordFailedCallback("无人接听", HOTLINE, at(5)), "wrong-status");

        assertThat(r.reason().zh()).contains("回访未接通");
        assertThat(r.reason().en()).contains("failed callback");
    }
}
