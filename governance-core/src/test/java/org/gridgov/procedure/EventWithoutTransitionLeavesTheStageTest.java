package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;
import static org.gridgov.procedure.ProcedureFixtures.*;

import java.util.List;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.time.LimitUnit;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.Test;

class EventWithoutTransitionLeavesTheStageTest {

    @Test
    void notesSupervisionAndDeadlinesLeaveTheCaseWhereItIs() {
        Issue issue = reportedAt("2025-06-03T09:00");
        issue = ok(issue.note("居民补充了照片", GRID_WORKER, local("2025-06-03T09:05")));
        issue = ok(issue.supervise("市委督单", ENGINE, local("2025-06-03T09:10")));
        issue = ok(issue.setDeadline("accept", local("2025-06-03T11:00"), ENGINE, local("2025-06-03T09:15")));

        ProcedureState state = assertStage(Procedures.jilinSixSteps(), issue, "whistle", "2025-06-03T09:00",
                "2025-06-04T09:00");
        assertThat(state.history()).hasSize(1);
        assertThat(state.currentVisit().isOpen()).isTrue();
    }

    @Test
    void aWildcardDoesNotReenterItsOwnTarget() {
        Procedure p = Procedure.of("wild", Bilingual.of("通配", "wildcard"),
                List.of(Stage.of("open", Bilingual.zh("办理")), Stage.of("watched", Bilingual.zh("督办"))),
                List.of(Transition.of("any", EventKind.SUPERVISED, "watched")));
        Issue issue = reportedAt("2025-06-03T09:00");
        issue = ok(issue.supervise("第一次督办", ENGINE, local("2025-06-03T10:00")));
        issue = ok(issue.supervise("第二次督办", ENGINE, local("2025-06-03T11:00")));

        ProcedureState state = p.stateOf(issue);

        assertThat(stagesOf(state)).containsExactly("open", "watched");
        assertThat(state.enteredAt()).isEqualTo(local("2025-06-03T10:00"));
    }

    @Test
    void aStagesOwnTransitionWinsOverTheWildcard() {
        Procedure p = Procedure.of("own", Bilingual.zh("自有"),
                List.of(Stage.of("a", Bilingual.zh("甲")), Stage.of("b", Bilingual.zh("乙")),
                        Stage.of("c", Bilingual.zh("丙"))),
                List.of(Transition.of("any", EventKind.NOTE, "c"), Transition.of("a", EventKind.NOTE, "b")));

        assertThat(p.transitionFor(StageId.of("a"), EventKind.NOTE).map(Transition::to)).contains(StageId.of("b"));
        assertThat(p.transitionFor(StageId.of("b"), EventKind.NOTE).map(Transition::to)).contains(StageId.of("c"));
        assertThat(p.transitionFor(StageId.of("c"), EventKind.NOTE)).isEmpty();
    }

    @Test
    void aClosedIssueHasNoStageDueEvenInAStageWithALimit() {
        Procedure p = Procedure.of("no-close", Bilingual.zh("不关"),
                List.of(new Stage(StageId.of("open"), Bilingual.zh("办理"), Optional.empty(),
                        Optional.of(TimeLimit.of(1, LimitUnit.HOURS)))),
                List.of());
        Issue issue = reportedAt("2025-06-03T09:00");
        assertThat(p.stageDue(issue, CHINA, SHANGHAI)).contains(ldt("2025-06-03T10:00"));

        issue = ok(issue.close(Closure.DUPLICATE, "重复件", HOTLINE, local("2025-06-03T09:30")));

        ProcedureState state = p.stateOf(issue);
        assertThat(state.current()).isEqualTo(StageId.of("open"));
        assertThat(state.issueClosed()).isTrue();
        assertThat(state.due(CHINA, SHANGHAI)).isEmpty();
        assertThat(state.isOverdue(local("2025-06-30T00:00"), CHINA, SHANGHAI)).isFalse();
    }

    @Test
    void aDuplicateClosedStraightFromTheWhistleIsDoneWithoutDue() {
        Issue issue = reportedAt("2025-06-03T09:00");
        issue = ok(issue.close(Closure.DUPLICATE, "重复件", HOTLINE, local("2025-06-03T09:30")));

        assertStage(Procedures.jilinSixSteps(), issue, "done", "2025-06-03T09:30", null);
    }
}
