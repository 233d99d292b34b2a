package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.policy.RoutingDecision;
import org.gridgov.policy.RoutingRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BasePackRoutingTest {
    static City city;
    static DroolsRoutingPolicy policy;
    static final Instant AT = Instant.parse("2024-05-07T02:00:00Z");   // Tuesday 10:00 in China

    @BeforeAll
    static void load() throws Exception {
        city = CityLoader.loadResource(BasePackRoutingTest.class.getClassLoader(),
                "org/gridgov/rules/routing/routing-city.yaml");
        RoutingPack pack = TestPacks.base();
        policy = new DroolsRoutingPolicy(() -> pack);
    }

    static RoutingDecision route(String category, String location, Severity severity) {
        return policy.route(RoutingRequest.of(new IssueId("i-1"), IssueFacts.of(new CategoryId(category),
                new ChannelId("grid-patrol"), new NodeId(location), "描述", severity), city, AT));
    }

    @Test
    void aNoiseComplaintInABuildingStaysInItsGrid() {
        RoutingDecision d = route("environment.noise", "B1", Severity.LOW);
        assertThat(d.owner().node()).isEqualTo(new NodeId("G1"));
        assertThat(d.explanation().fired()).extracting(t -> t.rule()).containsExactly("网格先办");
        assertThat(d.acting().orElseThrow().viaBackup()).isTrue();
        System.out.println(d.explanation().reason());
    }

    @Test
    void roadDamageGoesToTheStreetsCityManagement() {
        RoutingDecision d = route("facilities.road", "G2", Severity.LOW);
        System.out.println(d.explanation().reason() + " " + d.explanation().losers() + " " + d.timeLimit());
        assertThat(d.owner().organization().orElseThrow().value()).isEqualTo("s1-cm");
        assertThat(d.explanation().reason().zh()).isEqualTo("路面破损（城市管理类）由兴华街道城管科承办：规则“市政设施归街道城管”");
    }
}
