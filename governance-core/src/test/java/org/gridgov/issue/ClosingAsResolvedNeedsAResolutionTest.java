package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClosingAsResolvedNeedsAResolutionTest {

    @ParameterizedTest
    @EnumSource(Closure.class)
    void aResolvedIssueClosesForAnyReason(Closure closure) {
        Issue closed = accepted(resolved().close(closure, "", HOTLINE, at(5)));

        assertThat(closed.status()).isEqualTo(IssueStatus.CLOSED);
        assertThat(closed.closure()).contains(closure);
    }

    @ParameterizedTest
    @EnumSource(value = Closure.class, names = "RESOLVED", mode = EnumSource.Mode.EXCLUDE)
    void anOpenIssueClosesWithoutBeingFixed(Closure closure) {
        assertThat(accepted(reported().close(closure, "", HOTLINE, at(5))).status()).isEqualTo(IssueStatus.CLOSED);
        assertThat(accepted(dispatched().close(closure, "", HOTLINE, at(5))).status())
                .isEqualTo(IssueStatus.CLOSED);
        assertThat(accepted(inProgress().close(closure, "", HOTLINE, at(5))).status())
                .isEqualTo(IssueStatus.CLOSED);
    }

    @Test
    void anOpenIssueIsNotClosedAsResolved() {
        Issue issue = inProgress();

        Rejection r = refusedWith(issue.close(Closure.RESOLVED, "", HOTLINE, at(5)), "not-resolved");

        assertThat(r.reason().zh()).contains("已解决");
        assertThat(issue).isEqualTo(inProgress());
        refusedWith(reported().close(Closure.RESOLVED, "", HOTLINE, at(5)), "not-resolved");
    }
}
