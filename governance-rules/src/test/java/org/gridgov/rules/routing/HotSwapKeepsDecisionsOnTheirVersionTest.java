package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridgov.city.CityId;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.rules.registry.PackRegistry;
import org.gridgov.rules.runtime.ActivePack;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

class HotSwapKeepsDecisionsOnTheirVersionTest {
    static final ActivePack V1 = ActivePacks.base();
    static final ActivePack V2 = ActivePacks.compile("org/gridgov/rules/routing/v2/",
            List.of("rules/all-to-community.drl"), "2");

    /** Holds a decision inside the policy, after it took its pack, until released. */
    static final class HeldPack implements ActivePack {
        final ActivePack inner;
        final CountDownLatch taken = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        HeldPack(ActivePack inner) {
            this.inner = inner;
        }

        @Override
        public KieBase kieBase() {
            return inner.kieBase();
        }

        @Override
        public PolicyVersion version() {
            return inner.version();
        }

        @Override
        public ObjectNode settings() {
            taken.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return inner.settings();
        }

        @Override
        public int priority(String rule) {
            return inner.priority(rule);
        }

        @Override
        public Bilingual description(String rule) {
            return inner.description(rule);
        }
    }

    @Test
    void aDecisionInProgressFinishesOnTheVersionItStartedWith() throws Exception {
        PackRegistry<ActivePack> registry = new PackRegistry<>();
        HeldPack held = new HeldPack(V1);
        registry.activate(new CityId("routing-city"), held);
        DroolsRoutingPolicy policy = new DroolsRoutingPolicy(registry.current(new CityId("routing-city")));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<RoutingDecision> inFlight = pool.submit(() ->
                    RoutingFixture.route(policy, "environment.noise", "G1", Severity.LOW));
            assertThat(held.taken.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(registry.activate(new CityId("routing-city"), V2)).containsSame(held);
            held.release.countDown();
            RoutingDecision first = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(first.policy().version()).isEqualTo("1.0");
            assertThat(first.owner().node()).isEqualTo(new NodeId("G1"));
            RoutingDecision next = RoutingFixture.route(policy, "environment.noise", "G1", Severity.LOW);
            assertThat(next.policy().version()).isEqualTo("2");
            assertThat(next.owner().node()).isEqualTo(new NodeId("M1"));
            assertThat(next.explanation().reason().zh()).contains("全部由社区承办");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void decisionsRacingWithSwapsEachMatchTheVersionTheyRecord() throws Exception {
        PackRegistry<ActivePack> registry = new PackRegistry<>();
        registry.activate(new CityId("routing-city"), V1);
        DroolsRoutingPolicy policy = new DroolsRoutingPolicy(registry.current(new CityId("routing-city")));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RoutingDecision>> futures = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                futures.add(pool.submit(() -> RoutingFixture.route(policy, "environment.noise", "G1", Severity.LOW)));
                if (i % 5 == 0) {
                    registry.activate(new CityId("routing-city"), i % 10 == 0 ? V2 : V1);
                }
            }
            for (Future<RoutingDecision> f : futures) {
                RoutingDecision d = f.get(60, TimeUnit.SECONDS);
                String expectedNode = d.policy().version().equals("2") ? "M1" : "G1";
                assertThat(d.owner().node()).isEqualTo(new NodeId(expectedNode));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
