package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.HOTLINE;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.T0;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.events;

import java.nio.file.Path;
import org.gridgov.GridGov;
import org.gridgov.category.CategoryId;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.TickReport;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/** 街镇吹哨、各方报到: a city pack's rule summons every member of the street's alliance when a case goes up. */
class AllianceMembersReportInTest {

    @Test
    void everyMemberOfTheStreetsAllianceIsSummonedWhenTheCommunityBlowsTheWhistle() throws Exception {
        EscalationOnASimulatedClockTest.load();
        Path folder = Path.of(getClass().getResource("/org/gridgov/rules/escalation/alliance-pack/pack.yaml").toURI())
                .getParent();
        CityGovernance engine = GridGov.forCity(EscalationOnASimulatedClockTest.city).pack(folder).build().engine();
        IssueId id = new IssueId("w");
        engine.report(id, IssueFacts.of(new CategoryId("other"), new ChannelId("hotline-12345"), new NodeId("M1"), "诉求",
                Severity.LOW), HOTLINE, T0);
        TickReport up = engine.tick(engine.issue(id).orElseThrow().deadline("resolve").orElseThrow());
        assertThat(events(up, IssueEvent.Summoned.class)).extracting(IssueEvent.Summoned::organization)
                .containsExactly(new OrganizationId("s1-justice"), new OrganizationId("s1-safety"),
                        new OrganizationId("s1-cm"));
        assertThat(events(up, IssueEvent.Escalated.class)).hasSize(1);
        assertThat(engine.issue(id).orElseThrow().participants()).hasSize(3);
    }
}
