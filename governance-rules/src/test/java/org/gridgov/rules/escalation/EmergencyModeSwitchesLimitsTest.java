package org.gridgov.rules.escalation;

import org.gridgov.authorization.Parties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.HOTLINE;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.T0;

import java.time.Duration;
import java.time.Instant;
import org.gridgov.category.CategoryId;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.mode.Mode;
import org.gridgov.organization.OrganizationId;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.store.InMemoryEventStore;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 平急结合: a district in emergency mode gets shorter limits and other routes; switching back restores them. */
class EmergencyModeSwitchesLimitsTest {
    InMemoryEventStore store;
    CityGovernance engine;
    int n;

    @BeforeAll
    static void load() throws Exception {
        EscalationOnASimulatedClockTest.load();
    }

    @BeforeEach
    void engine() {
        var pack = EscalationOnASimulatedClockTest.pack;
        store = new InMemoryEventStore();
        engine = EscalationOnASimulatedClockTest.engine(store, GovernanceSettings.DEFAULT);
    }

    RoutingDecision report(Severity severity, String location, Instant at) {
        CommandOutcome o = engine.report(new IssueId("e" + n++), IssueFacts.of(new CategoryId("environment.noise"),
                new ChannelId("hotline-12345"), new NodeId(location), "事项", severity), HOTLINE, at);
        return ((CommandOutcome.Done) o).routing().orElseThrow();
    }

    @Test
    void emergencyShortensLimitsAndRaisesSeriousIssuesAndSwitchingBackRestoresThem() {
        assertThat(report(Severity.LOW, "B1", T0).timeLimit()).isEqualTo(TimeLimit.parse("7 天"));
        engine.switchMode(new NodeId("D"), Mode.EMERGENCY, Bilingual.of("暴雪应急", "snowstorm"), Parties.PLATFORM,
                T0.plus(Duration.ofHours(1)));
        Instant during = T0.plus(Duration.ofHours(2));
        assertThat(engine.modeAt(new NodeId("B1"), during)).isEqualTo(Mode.EMERGENCY);
        assertThat(report(Severity.LOW, "B1", during).timeLimit()).isEqualTo(TimeLimit.parse("24 小时"));
        RoutingDecision serious = report(Severity.HIGH, "B1", during);
        assertThat(serious.timeLimit()).isEqualTo(TimeLimit.parse("2 小时"));
        assertThat(serious.owner().organization()).contains(new OrganizationId("d-gov"));
        assertThat(serious.explanation().fired()).extracting(t -> t.rule()).contains("应急状态下重大事项由区县统筹");
        engine.switchMode(new NodeId("D"), Mode.NORMAL, Bilingual.of("解除应急", "emergency over"), Parties.PLATFORM,
                T0.plus(Duration.ofDays(1)));
        Instant after = T0.plus(Duration.ofDays(2));
        assertThat(engine.modeAt(new NodeId("B1"), after)).isEqualTo(Mode.NORMAL);
        assertThat(report(Severity.LOW, "B1", after).timeLimit()).isEqualTo(TimeLimit.parse("7 天"));
        RoutingDecision seriousAfter = report(Severity.HIGH, "B1", after);
        assertThat(seriousAfter.timeLimit()).isEqualTo(TimeLimit.parse("24 小时"));
        assertThat(seriousAfter.owner().organization()).contains(new OrganizationId("s1-office"));
    }

    @Test
    void aCategoryWithItsOwnLimitTakesTheStricterEmergencyLimitAndAShorterOneStays() {
        RoutingDecision normal = reportAs("disputes", Severity.LOW, T0);
        assertThat(normal.timeLimit()).isEqualTo(TimeLimit.parse("15 天"));
        engine.switchMode(new NodeId("D"), Mode.EMERGENCY, Bilingual.of("暴雪应急", "snowstorm"), Parties.PLATFORM,
                T0.plus(Duration.ofHours(1)));
        Instant during = T0.plus(Duration.ofHours(2));
        assertThat(reportAs("disputes", Severity.LOW, during).timeLimit()).isEqualTo(TimeLimit.parse("24 小时"));
        // Utilities' 24 hours and emergencies' 2 hours are no longer than the emergency limits: they stay.
        assertThat(reportAs("utilities", Severity.LOW, during).timeLimit()).isEqualTo(TimeLimit.parse("24 小时"));
        assertThat(reportAs("emergency", Severity.LOW, during).timeLimit()).isEqualTo(TimeLimit.parse("2 小时"));
    }

    RoutingDecision reportAs(String category, Severity severity, Instant at) {
        CommandOutcome o = engine.report(new IssueId("c" + n++), IssueFacts.of(new CategoryId(category),
                new ChannelId("hotline-12345"), new NodeId("G1"), "事项", severity), HOTLINE, at);
        return ((CommandOutcome.Done) o).routing().orElseThrow();
    }

    @Test
    void aSwitchOfOneDistrictLeavesOthersAndTheModeIsReadBackFromTheStore() {
        engine.switchMode(new NodeId("S2"), Mode.EMERGENCY, Bilingual.of("停水", "water cut"), Parties.PLATFORM, T0);
        assertThat(engine.modeAt(new NodeId("M2"), T0)).isEqualTo(Mode.EMERGENCY);
        assertThat(engine.modeAt(new NodeId("G1"), T0)).isEqualTo(Mode.NORMAL);
        assertThat(engine.modeAt(new NodeId("M2"), T0.minusSeconds(1))).isEqualTo(Mode.NORMAL);
        var pack = EscalationOnASimulatedClockTest.pack;
        CityGovernance restarted = EscalationOnASimulatedClockTest.engine(store, GovernanceSettings.DEFAULT);
        assertThat(restarted.modeAt(new NodeId("M2"), T0.plusSeconds(5))).isEqualTo(Mode.EMERGENCY);
    }
}
