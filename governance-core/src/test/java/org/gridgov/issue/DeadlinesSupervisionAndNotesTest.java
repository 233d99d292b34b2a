package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import org.junit.jupiter.api.Test;

class DeadlinesSupervisionAndNotesTest {

    @Test
    void theLatestDeadlineOfAKindWins() {
        Issue one = accepted(dispatched().setDeadline("accept", at(30), ENGINE, at(1)));
        Issue two = accepted(one.setDeadline("resolve", at(600), ENGINE, at(1)));
        Issue moved = accepted(two.setDeadline("accept", at(45), ENGINE, at(2)));

        assertThat(moved.deadline("accept")).contains(at(45));
        assertThat(moved.deadline("resolve")).contains(at(600));
        assertThat(moved.deadline("report-in")).isEmpty();
        assertThat(moved.deadlines()).containsOnlyKeys("accept", "resolve");
    }

    @Test
    void deadlinesAreSetInAnyStatusButClosed() {
        accepted(reported().setDeadline("dispatch", at(10), ENGINE, at(1)));
        accepted(resolved().setDeadline("rate", at(10), ENGINE, at(4)));

        refusedWith(closed().setDeadline("rate", at(10), ENGINE, at(5)), "wrong-status");
    }

    @Test
    void supervisionPressesAnyOpenIssue() {
        accepted(reported().supervise("尽快派单", HOTLINE, at(5)));
        accepted(dispatched().supervise("尽快接单", HOTLINE, at(5)));
        accepted(inProgress().supervise("尽快办结", HOTLINE, at(5)));

        refusedWith(resolved().supervise("?", HOTLINE, at(5)), "wrong-status");
        refusedWith(closed().supervise("?", HOTLINE, at(5)), "wrong-status");
    }

    @Test
    void notesAreTakenInEveryStatusAndChangeNothingElse() {
        for (Issue issue : new Issue[] {reported(), dispatched(), inProgress(), resolved(), closed()}) {
            Issue noted = accepted(issue.note("电话回访", HOTLINE, at(9)));
            assertThat(noted.status()).isEqualTo(issue.status());
            assertThat(noted.owner()).isEqualTo(issue.owner());
            assertThat(noted.version()).isEqualTo(issue.version() + 1);
        }
    }
}
