package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.organization.OrganizationId;
import org.gridgov.policy.Candidate;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.issue.Severity;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.validation.InvalidModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A routing rule that keeps firing (an {@code update} of the case in its own action, without {@code no-loop}), or
 * two rules that keep firing each other, would hold the host's thread for good. The firing budget stops them: the
 * case goes to the 兜底 owner, the explanation says which rules were stopped, and the next case is routed as usual.
 */
@Timeout(60)
class RunawayRoutingRulesFallBackTest {
    /** Noise cases make one rule fire forever; disputes make two rules fire each other forever. */
    private static final String RUNAWAY = """
            rule "噪音反复派单"
            when
                $c : RoutingCase(within("environment.noise"))
            then
                $c.handleAt("grid");
                update($c);
            end

            // Each makes the other's condition true: an even count of proposals for one, odd for the other; above
            // the base pack's rules, so that no base rule on disputes joins the cycle whatever the rules' load order.
            rule "纠纷甲"
                salience 100
            when
                $c : RoutingCase(within("disputes"), proposalCount() % 2 == 0)
            then
                $c.handleAt("community");
                update($c);
            end

            rule "纠纷乙"
                salience 100
            when
                $c : RoutingCase(within("disputes"), proposalCount() % 2 == 1)
            then
                $c.limit("1 天");
                update($c);
            end
            """;

    @TempDir
    Path dir;

    private ActivePack pack(String settings) {
        write("pack.yaml", "id: runaway\nname: {zh: 失控, en: runaway}\nversion: \"1\"\nextends: base\n" + settings);
        write("rules/runaway.drl", RUNAWAY);
        return CompiledActivePack.of(PackLoader.withBuiltIns().load(PackSource.directory(dir), PackContext.unchecked())
                .orElseThrow());
    }

    private void write(String file, String text) {
        try {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedAndTheCaseGoesToTheFallbackOwner() {
        ActivePack pack = pack("");
        DroolsRoutingPolicy policy = new DroolsRoutingPolicy(() -> pack);

        RoutingDecision d = RoutingFixture.route(policy, "environment.noise", "S1", Severity.LOW);

        assertThat(d.explanation().fallback()).isTrue();
        assertThat(d.explanation().fired()).isEmpty();
        assertThat(d.owner().organization()).contains(new OrganizationId("s1-office"));
        assertThat(d.explanation().reason().zh()).isEqualTo("噪音扰民（环境卫生类）由兴华街道办事处兜底承办：规则“噪音反复派单”"
                + "在一次决定中触发了 10000 次仍未停止（可能在动作中修改事实而不断重新触发，缺少 no-loop），已被中止");
        assertThat(d.explanation().reason().en()).startsWith("noise (environment) goes to the fallback owner Xinghua "
                + "street office: rule “噪音反复派单” fired 10000 times in one decision without coming to rest");
        assertThat(d.explanation().losers()).extracting(Candidate::rule).contains("噪音反复派单");
    }

    @Test
    void twoRulesFiringEachOtherAreBothNamed() {
        ActivePack pack = pack("");
        RoutingDecision d = RoutingFixture.route(new DroolsRoutingPolicy(() -> pack), "disputes", "G3", Severity.LOW);

        assertThat(d.explanation().fallback()).isTrue();
        assertThat(d.owner().organization()).contains(new OrganizationId("s2-office"));
        assertThat(d.explanation().reason().zh()).contains("“纠纷甲”").contains("“纠纷乙”").contains("相互");
        assertThat(d.explanation().reason().en()).contains("kept firing each other");
    }

    @Test
    void theHostKeepsRoutingAfterwardsOneCaseAtATimeAndInBatches() {
        ActivePack pack = pack("");
        DroolsRoutingPolicy policy = new DroolsRoutingPolicy(() -> pack);
        RoutingDecision before = RoutingFixture.route(policy, "facilities.road", "G2", Severity.LOW);
        RoutingFixture.route(policy, "environment.noise", "S1", Severity.LOW);

        RoutingDecision after = RoutingFixture.route(policy, "facilities.road", "G2", Severity.LOW);
        List<RoutingDecision> batch = policy.routeAll(List.of(
                RoutingFixture.request("facilities.road", "G2", Severity.LOW, "grid-patrol", List.of()),
                RoutingFixture.request("environment.noise", "G1", Severity.LOW, "grid-patrol", List.of()),
                RoutingFixture.request("facilities.road", "G1", Severity.LOW, "grid-patrol", List.of())));

        assertThat(after.explanation().fallback()).isFalse();
        assertThat(after.owner()).isEqualTo(before.owner());
        assertThat(after.explanation().reason()).isEqualTo(before.explanation().reason());
        assertThat(batch).extracting(b -> b.explanation().fallback()).containsExactly(false, true, false);
        assertThat(batch.get(1).explanation().reason().en()).contains("“噪音反复派单”");
        assertThat(batch.get(0).owner()).isEqualTo(before.owner());
    }

    @Test
    void aRunawayCaseIsStoppedWithinItsBoundEveryTimeItComes() {
        ActivePack pack = pack("settings:\n  firing: {maxFirings: 500}\n");
        DroolsRoutingPolicy policy = new DroolsRoutingPolicy(() -> pack);
        RoutingFixture.route(policy, "environment.noise", "S1", Severity.LOW); // warm up

        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            RoutingDecision d = RoutingFixture.route(policy, "environment.noise", "S1", Severity.LOW);
            assertThat(d.explanation().reason().en()).contains("fired 500 times");
        }
        // 20 cases of 500 firings each: far below a second, though each is stopped afresh (an incident is never
        // remembered as the shape's firings).
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void aDecisionThatRunsLongerThanItsTimeIsStopped() {
        // So many firings allowed that only the time can stop the loop, 50 ms after it starts.
        ActivePack pack = pack("settings:\n  firing: {maxFirings: 10000000, maxMillis: 50}\n");
        long start = System.nanoTime();

        RoutingDecision d = RoutingFixture.route(new DroolsRoutingPolicy(() -> pack), "environment.noise", "S1",
                Severity.LOW);

        assertThat(d.explanation().fallback()).isTrue();
        assertThat(d.explanation().reason().en()).contains("ran longer than 50 ms").contains("“噪音反复派单”");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    }

    @Test
    void firingLimitsThatCannotBeUsedAreRefusedWithThePackNotAtTheFirstCase() {
        write("pack.yaml", "id: bad\nname: {zh: 坏, en: bad}\nversion: \"1\"\nextends: base\n"
                + "settings:\n  firing: {maxFirings: 0, maxMillis: lots}\n");
        var loaded = PackLoader.withBuiltIns().load(PackSource.directory(dir), PackContext.unchecked()).orElseThrow();

        assertThatThrownBy(() -> CompiledActivePack.of(loaded)).isInstanceOf(InvalidModelException.class)
                .satisfies(e -> assertThat(((InvalidModelException) e).problems()).extracting(p -> p.field())
                        .containsExactly("maxFirings", "maxMillis"))
                .hasMessageContaining("settings.firing.maxFirings must be a whole number from 1 to 10000000");
    }
}
