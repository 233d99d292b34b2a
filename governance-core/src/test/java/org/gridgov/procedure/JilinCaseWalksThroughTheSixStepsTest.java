package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;
import static org.gridgov.procedure.ProcedureFixtures.*;

import java.util.Optional;
import java.util.Set;
import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Rating;
import org.junit.jupiter.api.Test;

/**
 * The seed's sewer case replayed around the 2025 Dragon Boat holiday (Sat 31 May – Mon 2 June): the platform
 * routes it on Friday evening, a department reports in within half an hour, and the consultation's working
 * day only starts on Tuesday. Times are Shanghai local time; dues were counted by hand.
 */
class JilinCaseWalksThroughTheSixStepsTest {
    private final Procedure jilin = Procedures.jilinSixSteps();

    @Test
    void eachStepStartsWhenThePreviousEndsAndIsDueByItsLimit() {
        Issue issue = reportedAt("2025-05-29T10:00");                        // Thursday
        assertStage(jilin, issue, "whistle", "2025-05-29T10:00", "2025-05-30T10:00");

        issue = ok(issue.route(COMMUNITY_OWNER, BECAUSE, ENGINE, local("2025-05-30T18:40")));
        // 30 natural minutes: report-in does not wait for office hours.
        assertStage(jilin, issue, "report-in", "2025-05-30T18:40", "2025-05-30T19:10");

        issue = ok(issue.summon(URBAN_MANAGEMENT, Optional.empty(), ENGINE, local("2025-05-30T18:45")));
        assertStage(jilin, issue, "report-in", "2025-05-30T18:40", "2025-05-30T19:10");

        issue = ok(issue.checkIn(URBAN_MANAGEMENT, GRID_WORKER, local("2025-05-30T19:05")));
        // Friday evening before the holiday: the working day starts Tuesday 08:30 and ends Wednesday 08:30.
        assertStage(jilin, issue, "consult", "2025-05-30T19:05", "2025-06-04T08:30");

        issue = ok(issue.accept(GRID_WORKER, local("2025-05-31T09:00")));
        assertStage(jilin, issue, "consult", "2025-05-30T19:05", "2025-06-04T08:30");

        issue = ok(issue.consult(Set.of(URBAN_MANAGEMENT, PROPERTY), "物业疏通下水道", GRID_WORKER,
                local("2025-06-03T10:00")));
        assertStage(jilin, issue, "implement", "2025-06-03T10:00", "2025-06-04T10:00");

        issue = ok(issue.resolve("下水道已疏通", GRID_WORKER, local("2025-06-03T15:00")));
        assertStage(jilin, issue, "feedback", "2025-06-03T15:00", "2025-06-04T15:00");

        issue = ok(issue.giveFeedback("已回访居民", GRID_WORKER, local("2025-06-04T09:00")));
        assertStage(jilin, issue, "evaluate", "2025-06-04T09:00", "2025-06-05T09:00");

        issue = ok(issue.rate(Rating.SATISFIED, "", RESIDENT, local("2025-06-04T16:00")));
        assertStage(jilin, issue, "done", "2025-06-04T16:00", null);

        issue = ok(issue.close(Closure.RESOLVED, "", HOTLINE, local("2025-06-04T16:30")));
        ProcedureState end = assertStage(jilin, issue, "done", "2025-06-04T16:00", null);

        assertThat(stagesOf(end))
                .containsExactly("whistle", "report-in", "consult", "implement", "feedback", "evaluate", "done");
        assertThat(end.history()).extracting(StageVisit::enteredBy).containsExactly(EventKind.REPORTED,
                EventKind.ROUTED, EventKind.CHECKED_IN, EventKind.CONSULTED, EventKind.RESOLVED,
                EventKind.FEEDBACK_GIVEN, EventKind.RATED);
        assertThat(end.history().get(0).leftAt()).contains(local("2025-05-30T18:40"));
        assertThat(end.issueClosed()).isTrue();
    }

    @Test
    void aCaseAcceptedWithoutSummonsConsultsAndAResolutionWithoutConsultationSkipsImplementation() {
        Issue issue = reportedAt("2025-06-03T09:00");
        issue = ok(issue.route(GRID_OWNER, BECAUSE, ENGINE, local("2025-06-03T09:10")));
        issue = ok(issue.accept(GRID_WORKER, local("2025-06-03T09:20")));
        assertStage(jilin, issue, "consult", "2025-06-03T09:20", "2025-06-04T09:20");

        issue = ok(issue.resolve("当场协调", GRID_WORKER, local("2025-06-03T11:00")));

        ProcedureState state = assertStage(jilin, issue, "feedback", "2025-06-03T11:00", "2025-06-04T11:00");
        assertThat(state.visited()).doesNotContain(StageId.of("implement"));
    }

    @Test
    void aRejectedDispatchGoesBackToTheWhistleAndAnEscalationRestartsTheReportIn() {
        Issue issue = reportedAt("2025-06-03T09:00");
        issue = ok(issue.route(GRID_OWNER, BECAUSE, ENGINE, local("2025-06-03T09:10")));
        issue = ok(issue.rejectDispatch(BECAUSE, GRID_WORKER, local("2025-06-03T09:30")));
        assertStage(jilin, issue, "whistle", "2025-06-03T09:30", "2025-06-04T09:30");

        issue = ok(issue.route(COMMUNITY_OWNER, BECAUSE, ENGINE, local("2025-06-03T10:00")));
        issue = ok(issue.escalate(STREET_OWNER, BECAUSE, ENGINE, local("2025-06-03T10:20")));

        ProcedureState state = assertStage(jilin, issue, "report-in", "2025-06-03T10:20", "2025-06-03T10:50");
        assertThat(stagesOf(state)).containsExactly("whistle", "report-in", "whistle", "report-in", "report-in");
    }
}
