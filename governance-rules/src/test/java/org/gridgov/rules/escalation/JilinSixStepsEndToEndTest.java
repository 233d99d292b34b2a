package org.gridgov.rules.escalation;

import org.gridgov.authorization.Parties;
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
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.procedure.Procedure;
import org.gridgov.procedure.Procedures;
import org.gridgov.procedure.StageId;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/**
 * 吹哨、报到、会商、落实、反馈、评价 end to end, like the seed report's blocked sewer: reported, the departments
 * report in (one late), consult, the problem is fixed, the resident is told and rates it.
 */
class JilinSixStepsEndToEndTest {
    static final Procedure SIX = Procedures.jilinSixSteps();

    @Test
    void aBlockedSewerGoesThroughAllSixStepsWithALateReportInOnTheWay() throws Exception {
        EscalationOnASimulatedClockTest.load();
        var pack = EscalationOnASimulatedClockTest.pack;
        CityGovernance engine = EscalationOnASimulatedClockTest.engine(new InMemoryEventStore(), GovernanceSettings.DEFAULT.withProcedure(SIX));
        IssueId id = new IssueId("sewer");

        // 吹哨 → 报到: reported and routed at once (the disputes rule gives it to the residents' committee).
        engine.report(id, IssueFacts.of(new CategoryId("disputes"), new ChannelId("hotline-12345"), new NodeId("G1"),
                "下水道经常堵塞, 业主与物业争执", Severity.LOW), HOTLINE, T0);
        assertThat(stage(engine, id)).isEqualTo("report-in");
        engine.summon(id, new OrganizationId("s1-justice"), org.gridgov.time.TimeLimit.parse("30 分钟"), owner(engine, id, T0.plusSeconds(60)),
                T0.plusSeconds(60));
        engine.summon(id, new OrganizationId("s1-cm"), org.gridgov.time.TimeLimit.parse("30 分钟"), owner(engine, id, T0.plusSeconds(60)),
                T0.plusSeconds(60));
        engine.checkIn(id, new OrganizationId("s1-justice"), Parties.organization(engine.city(), new OrganizationId("s1-justice"), T0.plus(Duration.ofMinutes(20))).orElseThrow(), T0.plus(Duration.ofMinutes(20)));
        assertThat(stage(engine, id)).isEqualTo("consult");

        // The city management section is late: recorded against it and supervised, with the reason explained.
        TickReport late = engine.tick(T0.plus(Duration.ofMinutes(31)));
        assertThat(events(late, IssueEvent.ReportInMissed.class)).singleElement()
                .satisfies(m -> assertThat(m.organization()).isEqualTo(new OrganizationId("s1-cm")));
        assertThat(late.handled()).anySatisfy(h -> assertThat(h.decision().explanation().reason().zh())
                .contains("报到超时记录并督办"));
        engine.checkIn(id, new OrganizationId("s1-cm"), Parties.organization(engine.city(), new OrganizationId("s1-cm"), T0.plus(Duration.ofMinutes(45))).orElseThrow(), T0.plus(Duration.ofMinutes(45)));

        // 会商 → 落实 → 反馈 → 评价 → done.
        engine.accept(id, owner(engine, id, T0.plus(Duration.ofMinutes(50))), T0.plus(Duration.ofMinutes(50)));
        engine.consult(id, Set.of(new OrganizationId("s1-justice"), new OrganizationId("s1-cm"),
                new OrganizationId("m1-rc")), "物业疏通下水道, 司法所调解费用", owner(engine, id, T0.plus(Duration.ofDays(1))),
                T0.plus(Duration.ofDays(1)));
        assertThat(stage(engine, id)).isEqualTo("implement");
        engine.resolve(id, "物业和水暖工疏通了下水道", owner(engine, id, T0.plus(Duration.ofDays(2))), T0.plus(Duration.ofDays(2)));
        assertThat(stage(engine, id)).isEqualTo("feedback");
        engine.giveFeedback(id, "已疏通, 请居民确认", owner(engine, id, T0.plus(Duration.ofDays(3))), T0.plus(Duration.ofDays(3)));
        assertThat(stage(engine, id)).isEqualTo("evaluate");
        engine.rate(id, Rating.SATISFIED, "非常满意", HOTLINE, T0.plus(Duration.ofDays(3)).plusSeconds(3600));
        assertThat(stage(engine, id)).isEqualTo("done");
        var issue = engine.issue(id).orElseThrow();
        assertThat(issue.status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(SIX.stateOf(issue).visited()).extracting(StageId::value)
                .contains("report-in", "consult", "implement", "feedback", "evaluate", "done");
        assertThat(engine.tick(T0.plus(Duration.ofDays(30))).handled()).isEmpty();
    }

    private static String stage(CityGovernance engine, IssueId id) {
        return SIX.stateOf(engine.issue(id).orElseThrow()).current().value();
    }
}
