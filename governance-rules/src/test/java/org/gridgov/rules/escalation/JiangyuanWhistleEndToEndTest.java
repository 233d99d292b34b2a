package org.gridgov.rules.escalation;

import org.gridgov.authorization.Parties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.HOTLINE;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.T0;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.category.CategoryId;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.engine.TickReport;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.procedure.Procedure;
import org.gridgov.procedure.StageId;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackProblem;
import org.gridgov.rules.pack.PackProcedures;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/**
 * 网格预报 → 街镇吹哨 → 各方报到 end to end: a pack that declares Jiangyuan's procedure; the grid's overdue case
 * goes up to the community, then to the street, whose alliance members are summoned and report in, each step
 * explained.
 */
class JiangyuanWhistleEndToEndTest {

    @Test
    void theCaseIsWhistledUpTwiceAndTheStreetsAllianceReportsIn() throws Exception {
        EscalationOnASimulatedClockTest.load();
        PackSource source = PackSource.directory(Path.of(getClass()
                .getResource("/org/gridgov/rules/escalation/alliance-pack/pack.yaml").toURI()).getParent());
        PackLoadResult r = PackLoader.withBuiltIns().load(source, PackContext.unchecked());
        CompiledActivePack pack = CompiledActivePack.of(r.orElseThrow());
        List<PackProblem> problems = new ArrayList<>();
        Procedure procedure = PackProcedures.of(pack.pack(), source, problems).orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(procedure.id()).isEqualTo("jiangyuan-whistle");
        CityGovernance engine = CityGovernance.recover(EscalationOnASimulatedClockTest.city, new InMemoryEventStore(),
                new DroolsRoutingPolicy(() -> pack), new DroolsEscalationPolicy(() -> pack),
                GovernanceSettings.DEFAULT.withProcedure(procedure));

        IssueId id = new IssueId("jy-1");
        engine.report(id, IssueFacts.of(new CategoryId("other"), new ChannelId("grid-patrol"), new NodeId("B1"),
                "网格员巡查发现", Severity.LOW), HOTLINE, T0);
        Issue issue = engine.issue(id).orElseThrow();
        assertThat(procedure.stateOf(issue).current()).isEqualTo(StageId.of("street-whistle"));
        assertThat(issue.owner().orElseThrow().node()).isEqualTo(new NodeId("G1"));

        // First whistle: the grid did not resolve it in time; the community takes it.
        TickReport first = engine.tick(issue.deadline("resolve").orElseThrow());
        IssueEvent.Escalated toCommunity = events(first, IssueEvent.Escalated.class).get(0);
        assertThat(toCommunity.newOwner().node()).isEqualTo(new NodeId("M1"));
        assertThat(toCommunity.reason().zh()).contains("吹哨");

        // Second whistle: the community did not either; the street takes it and its alliance reports in.
        issue = engine.issue(id).orElseThrow();
        TickReport second = engine.tick(issue.deadline("resolve").orElseThrow());
        assertThat(events(second, IssueEvent.Escalated.class)).singleElement()
                .satisfies(e -> assertThat(e.newOwner().node()).isEqualTo(new NodeId("S1")));
        assertThat(events(second, IssueEvent.Summoned.class)).hasSize(3);
        TickReport.Handled whistle = second.handled().stream().filter(h -> h.due().key().equals("resolve"))
                .findFirst().orElseThrow();
        assertThat(whistle.decision().explanation().fired()).extracting(t -> t.rule())
                .contains("网格社区超时吹哨上报", "街镇吹哨联盟各方报到");
        assertThat(whistle.decision().policy().packId()).isEqualTo("alliance-test");

        issue = engine.issue(id).orElseThrow();
        for (String member : List.of("s1-justice", "s1-safety", "s1-cm")) {
            engine.checkIn(id, new OrganizationId(member), Parties.organization(engine.city(), new OrganizationId(member), issue.lastEventAt().plusSeconds(600)).orElseThrow(),
                    issue.lastEventAt().plusSeconds(600));
        }
        issue = engine.issue(id).orElseThrow();
        assertThat(issue.participants()).allMatch(p -> p.checkedIn() && !p.missed());
        assertThat(issue.escalationLevel()).isEqualTo(2);
        assertThat(issue.deadlines()).containsKey("consult");
    }

    @Test
    void aPackNamingAProcedureItDoesNotHaveGetsALocatedProblem(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("pack.yaml"), "id: p\nname: {zh: 测试, en: test}\nversion: \"1\"\n"
                + "extends: base\nsettings:\n  procedure: missing.yaml\n");
        PackSource source = PackSource.directory(dir);
        var pack = PackLoader.withBuiltIns().load(source, PackContext.unchecked()).orElseThrow();
        List<PackProblem> problems = new ArrayList<>();
        assertThat(PackProcedures.of(pack, source, problems)).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("pack.yaml");
            assertThat(p.message().en()).contains("missing.yaml");
        });
    }
}
