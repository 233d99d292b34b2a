package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.HOTLINE;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.T0;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.events;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gridgov.category.CategoryId;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.engine.TickReport;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.policy.Candidate;
import org.gridgov.escalation.EscalationAction;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An escalation rule that keeps firing (it warns and updates the case, without {@code no-loop}) is stopped by the
 * firing budget. What it proposed is set aside; the safe decision is to have a person supervise the case, with a
 * note naming the rule. The tick goes on, and the case's next due item is decided by the rules as usual.
 */
@Timeout(60)
class RunawayEscalationRulesAreSupervisedTest {
    @TempDir
    static Path dir;
    static CompiledActivePack pack;

    @BeforeAll
    static void load() throws Exception {
        EscalationOnASimulatedClockTest.load();
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("pack.yaml"), "id: runaway\nname: {zh: 失控, en: runaway}\nversion: \"1\"\n"
                + "extends: base\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rules/warn.drl"), """
                rule "预警反复提醒"
                    salience 10
                when
                    $e : EscalationCase( warning, within("environment.noise") )
                then
                    $e.warn("请抓紧办理", "please act");
                    update($e);
                end
                """, StandardCharsets.UTF_8);
        pack = CompiledActivePack.of(PackLoader.withBuiltIns().load(PackSource.directory(dir),
                PackContext.unchecked()).orElseThrow());
    }

    @Test
    void theWarningIsReplacedBySupervisionNamingTheRuleAndTheCaseStillEscalatesWhenDue() {
        CityGovernance engine = CityGovernance.recover(EscalationOnASimulatedClockTest.city, new InMemoryEventStore(),
                new DroolsRoutingPolicy(() -> pack), new DroolsEscalationPolicy(() -> pack), GovernanceSettings.DEFAULT);
        engine.report(new IssueId("a"), IssueFacts.of(new CategoryId("environment.noise"),
                new ChannelId("hotline-12345"), new NodeId("B1"), "居民反映", Severity.LOW), HOTLINE, T0);

        TickReport half = engine.tick(T0.plus(Duration.ofHours(84)));

        TickReport.Handled handled = half.handled().get(0);
        assertThat(handled.decision().actions()).singleElement().isInstanceOf(EscalationAction.Supervise.class);
        assertThat(handled.decision().explanation().losers()).extracting(Candidate::rule).containsExactly("预警反复提醒");
        assertThat(handled.decision().explanation().reason().zh()).contains("规则“预警反复提醒”在一次决定中触发了 10000 次")
                .endsWith("转人工督办");
        // The engine still records that the warning point passed; the stopped rule's own warnings are not given.
        assertThat(events(half, IssueEvent.Warned.class)).singleElement()
                .satisfies(w -> assertThat(w.message().zh()).doesNotContain("请抓紧办理"));
        assertThat(events(half, IssueEvent.Supervised.class)).singleElement().satisfies(s -> assertThat(s.note())
                .contains("“预警反复提醒”").contains("请人工督办").contains("please supervise this case"));

        TickReport due = engine.tick(T0.plus(Duration.ofDays(7)));

        assertThat(due.handled()).extracting(h -> h.due().key()).containsExactly("warn-80", "resolve");
        assertThat(events(due, IssueEvent.Escalated.class)).singleElement()
                .satisfies(e -> assertThat(e.newOwner().organization()).contains(new OrganizationId("m1-rc")));
    }
}
