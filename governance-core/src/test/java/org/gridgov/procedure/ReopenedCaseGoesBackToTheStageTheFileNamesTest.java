package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;
import static org.gridgov.procedure.ProcedureFixtures.*;

import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Rating;
import org.junit.jupiter.api.Test;

class ReopenedCaseGoesBackToTheStageTheFileNamesTest {
    private static final Bilingual UNSATISFIED = Bilingual.of("居民不满意", "the resident is not satisfied");

    private static Issue resolvedAt(String isoLocal) {
        Issue issue = reportedAt("2025-06-03T09:00");
        issue = ok(issue.route(GRID_OWNER, BECAUSE, ENGINE, local("2025-06-03T09:10")));
        issue = ok(issue.accept(GRID_WORKER, local("2025-06-03T09:20")));
        return ok(issue.resolve("已处理", GRID_WORKER, local(isoLocal)));
    }

    @Test
    void inJilinAClosedCaseReopensIntoImplementationWithAFreshWorkingDay() {
        Issue issue = resolvedAt("2025-06-03T11:00");
        issue = ok(issue.giveFeedback("已反馈", GRID_WORKER, local("2025-06-03T14:00")));
        issue = ok(issue.rate(Rating.UNSATISFIED, "还是堵", RESIDENT, local("2025-06-03T15:00")));
        issue = ok(issue.close(Closure.RESOLVED, "", HOTLINE, local("2025-06-03T15:10")));
        assertStage(Procedures.jilinSixSteps(), issue, "done", "2025-06-03T15:00", null);

        issue = ok(issue.reopen(UNSATISFIED, ENGINE, local("2025-06-04T09:00")));

        ProcedureState state = assertStage(Procedures.jilinSixSteps(), issue, "implement", "2025-06-04T09:00",
                "2025-06-05T09:00");
        assertThat(state.currentVisit().enteredBy()).isEqualTo(EventKind.REOPENED);
        assertThat(state.issueClosed()).isFalse();
    }

    @Test
    void inJilinAResolvedCaseAwaitingItsRatingReopensIntoImplementationToo() {
        Issue issue = resolvedAt("2025-06-03T11:00");
        issue = ok(issue.giveFeedback("已反馈", GRID_WORKER, local("2025-06-03T14:00")));
        assertStage(Procedures.jilinSixSteps(), issue, "evaluate", "2025-06-03T14:00", "2025-06-04T14:00");

        issue = ok(issue.reopen(UNSATISFIED, ENGINE, local("2025-06-03T16:00")));

        assertStage(Procedures.jilinSixSteps(), issue, "implement", "2025-06-03T16:00", "2025-06-04T16:00");
    }

    @Test
    void onTheHotlineAReopenedCaseMustBeSignedForAgain() {
        Issue issue = resolvedAt("2025-06-03T11:00");
        assertStage(Procedures.hotline(), issue, "reply", "2025-06-03T11:00", "2025-06-04T11:00");

        issue = ok(issue.reopen(UNSATISFIED, ENGINE, local("2025-06-03T17:00")));

        // 2 working hours from 17:00: 30 minutes on Tuesday, 90 on Wednesday morning.
        assertStage(Procedures.hotline(), issue, "dispatch", "2025-06-03T17:00", "2025-06-04T10:00");
    }

    @Test
    void inJiangyuanAReopenedCaseIsHandledAgain() {
        Issue issue = resolvedAt("2025-06-03T11:00");
        issue = ok(issue.reopen(UNSATISFIED, ENGINE, local("2025-06-03T12:00")));

        assertStage(Procedures.jiangyuanWhistle(), issue, "handle", "2025-06-03T12:00", "2025-06-10T12:00");
    }
}
