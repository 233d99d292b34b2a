package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import org.gridgov.i18n.Bilingual;
import org.junit.jupiter.api.Test;

class ReopenedIssueGoesBackToItsLastOwnerTest {
    private static final Bilingual RECURRED = Bilingual.of("问题复发", "it recurred");

    @Test
    void aResolvedIssueReopensToItsOwnerInANewRound() {
        Issue withDeadline = accepted(resolved().setDeadline("rate", at(100), ENGINE, at(4)));
        Issue reopened = accepted(withDeadline.reopen(RECURRED, HOTLINE, at(5)));

        assertThat(reopened.status()).isEqualTo(IssueStatus.DISPATCHED);
        assertThat(reopened.owner()).contains(GRID_OWNER);
        assertThat(reopened.round()).isEqualTo(1);
        assertThat(reopened.deadlines()).isEmpty();
    }

    @Test
    void aClosedIssueReopensAndForgetsItsClosure() {
        Issue reopened = accepted(closed().reopen(RECURRED, HOTLINE, at(5)));

        assertThat(reopened.status()).isEqualTo(IssueStatus.DISPATCHED);
        assertThat(reopened.closure()).isEmpty();
        assertThat(reopened.round()).isEqualTo(1);
    }

    @Test
    void anIssueThatNeverHadAnOwnerCannotBeReopened() {
        Issue invalid = accepted(reported().close(Closure.INVALID, "骚扰电话", HOTLINE, at(1)));

        refusedWith(invalid.reopen(RECURRED, HOTLINE, at(2)), "no-owner");
        assertThat(invalid.status()).isEqualTo(IssueStatus.CLOSED);
    }

    @Test
    void anOpenIssueIsNotReopened() {
        refusedWith(inProgress().reopen(RECURRED, HOTLINE, at(5)), "wrong-status");
        refusedWith(dispatched().reopen(RECURRED, HOTLINE, at(5)), "wrong-status");
        refusedWith(reported().reopen(RECURRED, HOTLINE, at(5)), "wrong-status");
    }
}
