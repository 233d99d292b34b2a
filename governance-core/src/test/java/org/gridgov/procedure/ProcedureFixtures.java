package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFixtures;
import org.gridgov.issue.Outcome;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.issue.Owner;
import org.gridgov.time.WorkCalendar;
import org.gridgov.time.WorkCalendars;

/** A city clock in Asia/Shanghai, the national calendar, and helpers to walk issues through procedures. */
final class ProcedureFixtures {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final WorkCalendar CHINA = WorkCalendars.chinaMainland();
    static final Owner DISTRICT_OWNER = Owner.atNode(new NodeId("220202"));

    private ProcedureFixtures() {
    }

    /** A local time in Shanghai, {@code 2025-05-30T18:40}, as an instant. */
    static Instant local(String isoLocal) {
        return LocalDateTime.parse(isoLocal).atZone(SHANGHAI).toInstant();
    }

    /** A local time in Shanghai. */
    static LocalDateTime ldt(String isoLocal) {
        return LocalDateTime.parse(isoLocal);
    }

    /** The issue after an accepted command. */
    static Issue ok(Outcome outcome) {
        return IssueFixtures.accepted(outcome);
    }

    /** A new noise complaint reported at a local time. */
    static Issue reportedAt(String isoLocal) {
        return ok(Issue.report(IssueFixtures.ISSUE, IssueFixtures.noiseComplaint(), IssueFixtures.HOTLINE,
                local(isoLocal)));
    }

    /** Asserts the issue's stage, its entry time and its due time (null for none). */
    static ProcedureState assertStage(Procedure procedure, Issue issue, String stage, String enteredAt,
                                      String due) {
        ProcedureState state = procedure.stateOf(issue);
        assertThat(state.current()).as("stage").isEqualTo(StageId.of(stage));
        assertThat(state.enteredAt()).as("entered %s at", stage).isEqualTo(local(enteredAt));
        if (due == null) {
            assertThat(state.due(CHINA, SHANGHAI)).as("due of %s", stage).isEmpty();
        } else {
            assertThat(state.due(CHINA, SHANGHAI)).as("due of %s", stage).contains(ldt(due));
            assertThat(procedure.stageDue(issue, CHINA, SHANGHAI)).contains(ldt(due));
            assertThat(procedure.stageDueInstant(issue, CHINA, SHANGHAI)).contains(local(due));
        }
        return state;
    }

    /** The ids of a list of visits. */
    static List<String> stagesOf(ProcedureState state) {
        return state.history().stream().map(v -> v.stage().value()).toList();
    }
}
