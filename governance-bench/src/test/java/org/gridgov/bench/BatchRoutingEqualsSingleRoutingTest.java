package org.gridgov.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.junit.jupiter.api.Test;

/**
 * A batch routed in one session, with remembered firings, gives every request the decision it gets alone and
 * unremembered, explanation and all: first
 * routings, re-routings after rejections, whistles to a level, emergency mode, mixed in one batch.
 */
class BatchRoutingEqualsSingleRoutingTest {

    @Test
    void aBatchDecidesEachRequestAsItIsDecidedAlone() throws Exception {
        City city = ExampleCities.load("jilin");
        CompiledActivePack pack = CompiledActivePack.of(ExampleCities.loadPack(city).orElseThrow());
        List<JurisdictionNode> grids = RoutingBench.grids(city);
        List<RoutingRequest> firsts = RoutingBench.requests(city, grids, 400, 17);
        DroolsRoutingPolicy single = new DroolsRoutingPolicy(() -> pack);
        Random random = new Random(5);
        List<RoutingRequest> requests = new ArrayList<>();
        for (RoutingRequest r : firsts) {
            switch (random.nextInt(5)) {
                case 0 -> requests.add(r.rejectedBy(single.route(r).owner()));
                case 1 -> requests.add(r.atLeast(new LevelId(random.nextBoolean() ? "street" : "county")));
                case 2 -> requests.add(r.inEmergency(true));
                default -> requests.add(r);
            }
        }
        List<RoutingDecision> alone = new ArrayList<>();
        for (RoutingRequest r : requests) {
            alone.add(new DroolsRoutingPolicy(() -> pack, 0).route(r)); // no memo, a fresh pool
        }
        List<RoutingDecision> batched = new ArrayList<>();
        DroolsRoutingPolicy batch = new DroolsRoutingPolicy(() -> pack);
        for (int i = 0; i < requests.size(); i += 150) {
            batched.addAll(batch.routeAll(requests.subList(i, Math.min(requests.size(), i + 150))));
        }
        assertThat(batched).hasSize(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            assertThat(batched.get(i)).as("request %d: %s", i, requests.get(i).facts()).isEqualTo(alone.get(i));
        }
        // A reused session decides as a fresh one did.
        assertThat(single.routeAll(requests.subList(0, 1))).containsExactly(alone.get(0));
        assertThat(requests.stream().map(single::route).toList()).isEqualTo(alone);
    }
}
