package org.gridgov.rules.escalation;

import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.HOTLINE;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.T0;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.events;

import java.time.Duration;
import java.util.Set;
import org.gridgov.category.CategoryId;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.engine.TickReport;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.procedure.Procedures;
import org.gridgov.procedure.StageId;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jilin's six steps run by the engine: each step's limit is the issue's stage deadline while it is in that step. */
class ProcedureStagesOnASimulatedClockTest {
    CityGovernance engine;
    final IssueId id = new IssueId("j-1");

    @BeforeAll
    static void load() throws Exception {
        EscalationOnASimulatedClockTest.load();
    }

    @BeforeEach
    void engine() {
        var pack = EscalationOnASimulatedClockTest.pack;
        engine = EscalationOnASimulatedClockTest.engine(new InMemoryEventStore(),
                GovernanceSettings.DEFAULT.withProcedure(Procedures.jilinSixSteps()));
        engine.report(id, IssueFacts.of(new CategoryId("disputes"), new ChannelId("hotline-12345"), new NodeId("G1"),
                "邻里纠纷", Severity.LOW), HOTLINE, T0);
    }

    @Test
    void afterRoutingTheReportInStepGivesThirtyMinutes() {
        Issue issue = engine.issue(id).orElseThrow();
        assertThat(Procedures.jilinSixSteps().stateOf(issue).current()).isEqualTo(StageId.of("report-in"));
        assertThat(issue.deadline(DeadlineKind.STAGE)).contains(T0.plus(Duration.ofMinutes(30)));
    }

    @Test
    void aLapsedStepAtTheCommunityWarnsTheOwnerOnceAndADoneStepDoesNot() {
        TickReport lapsed = engine.tick(T0.plus(Duration.ofMinutes(30)));
        assertThat(lapsed.handled()).singleElement().satisfies(h -> {
            assertThat(h.due().key()).isEqualTo(DeadlineKind.STAGE.key());
            assertThat(h.decision().explanation().fired()).extracting(t -> t.rule()).containsExactly("阶段超时提醒承办人");
        });
        assertThat(events(lapsed, IssueEvent.Warned.class)).hasSize(1);
        assertThat(engine.tick(T0.plus(Duration.ofMinutes(30))).handled()).isEmpty();
    }

    @Test
    void acceptingInTimeMovesToConsultationWithItsOwnWorkingDay() {
        engine.accept(id, owner(engine, id, T0.plus(Duration.ofMinutes(29))), T0.plus(Duration.ofMinutes(29)));
        Issue issue = engine.issue(id).orElseThrow();
        assertThat(Procedures.jilinSixSteps().stateOf(issue).current()).isEqualTo(StageId.of("consult"));
        // Entered Tuesday 10:29; one working day later.
        assertThat(issue.deadline(DeadlineKind.STAGE)).contains(T0.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(29)));
        assertThat(engine.tick(T0.plus(Duration.ofMinutes(31))).handled()).isEmpty();
        engine.consult(id, Set.of(new OrganizationId("m1-rc"), new OrganizationId("s1-justice")), "调解方案",
                owner(engine, id, T0.plus(Duration.ofHours(3))), T0.plus(Duration.ofHours(3)));
        assertThat(Procedures.jilinSixSteps().stateOf(engine.issue(id).orElseThrow()).current())
                .isEqualTo(StageId.of("implement"));
    }
}
