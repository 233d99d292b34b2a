package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;
import static org.gridgov.procedure.ProcedureFixtures.*;

import java.util.Optional;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Rating;
import org.junit.jupiter.api.Test;

/**
 * A grid report in Jiangyuan on the eve of the 2025 National Day holiday (1–8 October, Saturday 11 October
 * worked): the community whistles up to the street and the street to the district, the parties report in, and
 * handling runs in natural days across the holiday. Shanghai local time; dues counted by hand.
 */
class JiangyuanWhistleIsBlownAtThreeLevelsTest {
    private final Procedure jiangyuan = Procedures.jiangyuanWhistle();

    @Test
    void escalationsReenterTheWhistleAndTheFirstCheckInStartsHandling() {
        Issue issue = reportedAt("2025-09-29T09:00");                        // Monday
        assertStage(jiangyuan, issue, "grid-report", "2025-09-29T09:00", "2025-09-29T11:00");

        issue = ok(issue.route(COMMUNITY_OWNER, BECAUSE, ENGINE, local("2025-09-29T10:00")));
        assertStage(jiangyuan, issue, "street-whistle", "2025-09-29T10:00", "2025-09-30T10:00");

        issue = ok(issue.escalate(STREET_OWNER, BECAUSE, ENGINE, local("2025-09-30T16:00")));
        // One working day from Tuesday 30 September 16:00 ends on Thursday 9 October, after the holiday.
        assertStage(jiangyuan, issue, "street-whistle", "2025-09-30T16:00", "2025-10-09T16:00");

        issue = ok(issue.escalate(DISTRICT_OWNER, BECAUSE, ENGINE, local("2025-09-30T17:00")));
        assertStage(jiangyuan, issue, "street-whistle", "2025-09-30T17:00", "2025-10-09T17:00");

        issue = ok(issue.summon(PROPERTY, Optional.empty(), ENGINE, local("2025-09-30T17:10")));
        assertStage(jiangyuan, issue, "report-in", "2025-09-30T17:10", "2025-09-30T17:40");
        issue = ok(issue.summon(POLICE, Optional.empty(), ENGINE, local("2025-09-30T17:12")));
        assertStage(jiangyuan, issue, "report-in", "2025-09-30T17:10", "2025-09-30T17:40");

        issue = ok(issue.checkIn(POLICE, GRID_WORKER, local("2025-09-30T17:35")));
        // 7 natural days: the holiday does not stop them.
        assertStage(jiangyuan, issue, "handle", "2025-09-30T17:35", "2025-10-07T17:35");
        issue = ok(issue.checkIn(PROPERTY, GRID_WORKER, local("2025-09-30T17:50")));
        issue = ok(issue.accept(GRID_WORKER, local("2025-09-30T18:00")));
        assertStage(jiangyuan, issue, "handle", "2025-09-30T17:35", "2025-10-07T17:35");

        issue = ok(issue.resolve("联合处置完毕", GRID_WORKER, local("2025-10-09T10:00")));
        assertStage(jiangyuan, issue, "feedback-rating", "2025-10-09T10:00", "2025-10-10T10:00");
        issue = ok(issue.giveFeedback("已告知居民", GRID_WORKER, local("2025-10-09T11:00")));
        assertStage(jiangyuan, issue, "feedback-rating", "2025-10-09T10:00", "2025-10-10T10:00");

        issue = ok(issue.rate(Rating.BASICALLY_SATISFIED, "", RESIDENT, local("2025-10-10T09:00")));
        ProcedureState end = assertStage(jiangyuan, issue, "done", "2025-10-10T09:00", null);

        assertThat(stagesOf(end)).containsExactly("grid-report", "street-whistle", "street-whistle",
                "street-whistle", "report-in", "handle", "feedback-rating", "done");
        assertThat(end.visited()).hasSize(6);
        assertThat(issue.escalationLevel()).isEqualTo(2);
    }

    @Test
    void anOwnerWhoHandlesItAloneSkipsTheReportIn() {
        Issue issue = reportedAt("2025-10-09T09:00");
        issue = ok(issue.route(GRID_OWNER, BECAUSE, ENGINE, local("2025-10-09T09:30")));
        issue = ok(issue.accept(GRID_WORKER, local("2025-10-09T09:40")));

        ProcedureState state = assertStage(jiangyuan, issue, "handle", "2025-10-09T09:40", "2025-10-16T09:40");
        assertThat(state.visited()).doesNotContain(StageId.of("report-in"));
    }
}
