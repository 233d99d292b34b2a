package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;
import static org.gridgov.procedure.ProcedureFixtures.*;

import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Rating;
import org.junit.jupiter.api.Test;

/**
 * A 12345 case received on the Friday before the 2025 Dragon Boat holiday: dispatched, refused, dispatched
 * again, signed for on Tuesday, handled, replied to and called back. Shanghai local time; dues by hand.
 */
class HotlineCaseMeetsTheBeijingLimitsTest {
    private final Procedure hotline = Procedures.hotline();

    @Test
    void theCaseMovesThroughAcceptDispatchHandleReplyAndCallback() {
        Issue issue = reportedAt("2025-05-30T16:00");
        assertStage(hotline, issue, "accept", "2025-05-30T16:00", "2025-05-30T18:00");

        issue = ok(issue.route(GRID_OWNER, BECAUSE, HOTLINE, local("2025-05-30T16:30")));
        // 2 working hours: one left on Friday, the other on Tuesday morning.
        assertStage(hotline, issue, "dispatch", "2025-05-30T16:30", "2025-06-03T09:30");

        issue = ok(issue.rejectDispatch(BECAUSE, GRID_WORKER, local("2025-05-30T17:00")));
        assertStage(hotline, issue, "accept", "2025-05-30T17:00", "2025-05-30T19:00");

        issue = ok(issue.route(COMMUNITY_OWNER, BECAUSE, HOTLINE, local("2025-05-30T17:20")));
        assertStage(hotline, issue, "dispatch", "2025-05-30T17:20", "2025-06-03T10:20");

        issue = ok(issue.accept(GRID_WORKER, local("2025-06-03T09:00")));
        assertStage(hotline, issue, "handle", "2025-06-03T09:00", "2025-06-10T09:00");

        issue = ok(issue.giveFeedback("正在协调", GRID_WORKER, local("2025-06-05T10:00")));
        assertStage(hotline, issue, "handle", "2025-06-03T09:00", "2025-06-10T09:00");

        issue = ok(issue.resolve("已处理", GRID_WORKER, local("2025-06-06T15:00")));  // Friday
        assertStage(hotline, issue, "reply", "2025-06-06T15:00", "2025-06-09T15:00");

        issue = ok(issue.giveFeedback("已答复来电人", HOTLINE, local("2025-06-09T09:00")));
        assertStage(hotline, issue, "callback", "2025-06-09T09:00", "2025-06-11T09:00");

        issue = ok(issue.rate(Rating.SATISFIED, "", RESIDENT, local("2025-06-10T10:00")));
        issue = ok(issue.close(Closure.RESOLVED, "", HOTLINE, local("2025-06-10T10:05")));
        ProcedureState end = assertStage(hotline, issue, "done", "2025-06-10T10:00", null);

        assertThat(stagesOf(end)).containsExactly("accept", "dispatch", "accept", "dispatch", "handle", "reply",
                "callback", "done");
    }

    @Test
    void aStageIsOverdueOnlyAfterItsDueInstant() {
        Issue issue = reportedAt("2025-05-30T16:00");
        ProcedureState state = hotline.stateOf(issue);

        assertThat(state.isOverdue(local("2025-05-30T18:00"), CHINA, SHANGHAI)).isFalse();
        assertThat(state.isOverdue(local("2025-05-30T18:01"), CHINA, SHANGHAI)).isTrue();
    }
}
