package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.issue.IssueFixtures.*;

import org.gridgov.i18n.Bilingual;
import org.junit.jupiter.api.Test;

class EscalationLevelIsMonotonicTest {
    private static final Bilingual OVERDUE = Bilingual.of("超时未接单", "not accepted in time");

    @Test
    void escalatingRaisesTheLevelByOneAndDispatchesToTheNewOwner() {
        Issue first = accepted(dispatched().escalate(COMMUNITY_OWNER, OVERDUE, ENGINE, at(10)));
        assertThat(first.escalationLevel()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(IssueStatus.DISPATCHED);
        assertThat(first.owner()).contains(COMMUNITY_OWNER);

        Issue taken = accepted(first.accept(GRID_WORKER, at(11)));
        Issue second = accepted(taken.escalate(STREET_OWNER, OVERDUE, ENGINE, at(12)));
        assertThat(second.escalationLevel()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(IssueStatus.DISPATCHED);
        assertThat(second.owner()).contains(STREET_OWNER);
    }

    @Test
    void aProposedLevelOtherThanTheNextIsRefused() {
        Issue once = accepted(dispatched().escalate(COMMUNITY_OWNER, OVERDUE, ENGINE, at(10)));

        for (int level : new int[] {1, 3}) {
            Outcome o = once.apply(new IssueEvent.Escalated(ISSUE, ENGINE, at(11), STREET_OWNER, level, OVERDUE));
            refusedWith(o, "wrong-escalation-level");
        }
        assertThat(once.escalationLevel()).isEqualTo(1);
        assertThat(once.owner()).contains(COMMUNITY_OWNER);
    }

    @Test
    void escalationIsRefusedUnlessDispatchedOrInProgress() {
        refusedWith(reported().escalate(STREET_OWNER, OVERDUE, ENGINE, at(5)), "wrong-status");
        refusedWith(resolved().escalate(STREET_OWNER, OVERDUE, ENGINE, at(5)), "wrong-status");
        refusedWith(closed().escalate(STREET_OWNER, OVERDUE, ENGINE, at(5)), "wrong-status");
    }

    @Test
    void theLevelSurvivesReopening() {
        Issue escalated = accepted(inProgress().escalate(COMMUNITY_OWNER, OVERDUE, ENGINE, at(5)));
        Issue taken = accepted(escalated.accept(GRID_WORKER, at(6)));
        Issue done = accepted(taken.resolve("done", GRID_WORKER, at(7)));
        Issue reopened = accepted(done.reopen(OVERDUE, HOTLINE, at(8)));

        assertThat(reopened.escalationLevel()).isEqualTo(1);
    }

    @Test
    void anEscalationEventBelowLevelOneIsMalformed() {
        assertThatThrownBy(() -> new IssueEvent.Escalated(ISSUE, ENGINE, at(1), STREET_OWNER, 0, OVERDUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
