package org.gridgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.rules.escalation.DroolsEscalationPolicy;
import org.gridgov.rules.escalation.EscalationOnASimulatedClockTest;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The invariant checks fail when an invariant is broken, and say which; and they pass on a sound history. */
class GovernanceInvariantsTest {
    private static final Instant START = Instant.parse("2024-05-07T02:00:00Z");
    private static City city;

    @BeforeAll
    static void load() throws Exception {
        EscalationOnASimulatedClockTest.load();
        city = EscalationOnASimulatedClockTest.city;
    }

    private static CityGovernance engine(RoutingPolicy routing) {
        var pack = EscalationOnASimulatedClockTest.pack;
        return CityGovernance.recover(city, new InMemoryEventStore(), routing, new DroolsEscalationPolicy(() -> pack),
                GovernanceSettings.DEFAULT);
    }

    private static IssueFacts noiseIn(String node) {
        return IssueFacts.of(new CategoryId("environment.noise"), new ChannelId("hotline-12345"), new NodeId(node),
                "噪音", Severity.LOW);
    }

    private static History reportThenTick(String node) {
        return new History(List.of(new Step.Report(Duration.ofMinutes(1), noiseIn(node)),
                new Step.Tick(Duration.ofDays(30))));
    }

    @Test
    void aSoundHistoryPasses() {
        var pack = EscalationOnASimulatedClockTest.pack;
        CityGovernance engine = engine(new DroolsRoutingPolicy(() -> pack));
        Instant end = reportThenTick("B1").play(engine, START, GovernanceInvariants.watching(engine));
        assertThat(engine.issues()).hasSize(1);
        assertThat(engine.issues().get(0).escalationLevel()).as("a month unhandled escalates").isPositive();
        assertThat(end).isEqualTo(START.plus(Duration.ofMinutes(1)).plus(Duration.ofDays(30)));
    }

    @Test
    void anOwnerOutsideTheIssuesPathIsCaught() {
        var pack = EscalationOnASimulatedClockTest.pack;
        RoutingPolicy base = new DroolsRoutingPolicy(() -> pack);
        // A rogue policy that sends every case to a grid of another branch.
        RoutingPolicy rogue = request -> {
            RoutingDecision d = base.route(request);
            return new RoutingDecision(d.level(), Owner.atNode(new NodeId("G3")), d.role(), d.acting(),
                    d.coHandlers(), d.timeLimit(), d.explanation(), d.policy());
        };
        CityGovernance engine = engine(rogue);
        assertThatThrownBy(() -> reportThenTick("G1").play(engine, START, GovernanceInvariants.watching(engine)))
                .isInstanceOf(InvariantViolation.class).hasMessageContaining("step 1")
                .hasMessageContaining("owner off the path").hasMessageContaining("h0");
    }

    @Test
    void aLostIssueAndAnIssueFromNowhereAreCaught() {
        var pack = EscalationOnASimulatedClockTest.pack;
        CityGovernance engine = engine(new DroolsRoutingPolicy(() -> pack));
        GovernanceInvariants watch = GovernanceInvariants.watching(engine);
        assertThatThrownBy(() -> watch.check(List.of(new IssueId("x")), "now"))
                .isInstanceOf(InvariantViolation.class).hasMessageContaining("issue lost").hasMessageContaining("x");
        engine.report(new IssueId("y"), noiseIn("B1"), EscalationOnASimulatedClockTest.HOTLINE, START);
        assertThatThrownBy(() -> watch.check(List.of(), "now"))
                .isInstanceOf(InvariantViolation.class).hasMessageContaining("issue from nowhere");
    }

    @Test
    void aRestartThatSeesLessIsCaught() {
        var pack = EscalationOnASimulatedClockTest.pack;
        CityGovernance engine = engine(new DroolsRoutingPolicy(() -> pack));
        reportThenTick("B1").play(engine, START, GovernanceInvariants.watching(engine));
        CityGovernance empty = engine(new DroolsRoutingPolicy(() -> pack));
        assertThatThrownBy(() -> GovernanceInvariants.watching(engine).checkRestart(empty, START.plus(Duration.ofDays(400))))
                .isInstanceOf(InvariantViolation.class).hasMessageContaining("differs after restart");
    }
}
