package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.routing.RoutingFixture.request;

import java.nio.file.Path;
import java.util.List;
import org.gridgov.city.CityId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.policy.RuleTrace;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.registry.PackRegistry;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A city pack on disk extends the shipped base pack, overrides one rule, disables another, and routes. */
class CityPackExtendsTheBasePackTest {
    static DroolsRoutingPolicy policy;
    static CompiledActivePack pack;

    @BeforeAll
    static void load() throws Exception {
        Path folder = Path.of(CityPackExtendsTheBasePackTest.class.getResource(
                "/org/gridgov/rules/routing/city-pack/pack.yaml").toURI()).getParent();
        PackLoadResult result = PackLoader.withBuiltIns().load(PackSource.directory(folder), PackContext.unchecked());
        assertThat(result.problems()).isEmpty();
        pack = CompiledActivePack.of(result.orElseThrow());
        PackRegistry<ActivePack> registry = new PackRegistry<>();
        registry.activate(new CityId("routing-city"), pack);
        policy = new DroolsRoutingPolicy(registry.current(new CityId("routing-city")));
    }

    @Test
    void theOverridingRuleReplacesTheBaseRuleOfTheSameName() {
        RoutingDecision noise = RoutingFixture.route(policy, "environment.noise", "B1", Severity.LOW);
        assertThat(noise.owner().organization()).contains(new OrganizationId("m1-rc"));
        assertThat(noise.explanation().fired()).extracting(RuleTrace::rule).containsExactly("噪音由社区居委会协调");
        assertThat(noise.timeLimit()).isEqualTo(TimeLimit.parse("2 个工作日下班前"));
        RoutingDecision other = RoutingFixture.route(policy, "other", "B1", Severity.LOW);
        assertThat(other.owner().node()).isEqualTo(new NodeId("G1"));
        assertThat(other.explanation().fired()).singleElement()
                .satisfies(t -> assertThat(t.description().zh()).startsWith("本市"));
    }

    @Test
    void baseRulesTheCityKeepsStillApply() {
        RoutingDecision road = RoutingFixture.route(policy, "facilities.road", "G2", Severity.LOW);
        assertThat(road.owner().organization()).contains(new OrganizationId("s1-cm"));
        assertThat(road.timeLimit()).isEqualTo(TimeLimit.parse("3 个工作日下班前"));
    }

    @Test
    void aDisabledBaseRuleDoesNotFire() {
        List<Owner> twice = List.of(Owner.organization(new NodeId("M1"), new OrganizationId("m1-rc")),
                Owner.atNode(new NodeId("G1")));
        RoutingDecision d = policy.route(request("other", "B1", Severity.LOW, "grid-patrol", twice));
        assertThat(d.explanation().fired()).extracting(RuleTrace::rule).doesNotContain("两次退单提级到街道");
    }

    @Test
    void decisionsRecordTheCityPacksVersionAndHash() {
        RoutingDecision d = RoutingFixture.route(policy, "other", "B1", Severity.LOW);
        assertThat(d.policy().packId()).isEqualTo("routing-city");
        assertThat(d.policy().version()).isEqualTo("2024.1");
        assertThat(d.policy().contentHash()).hasSize(64).isEqualTo(pack.version().contentHash());
    }
}
