package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.policy.RoutingDecision;
import org.gridgov.policy.RoutingRequest;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.routing.CompiledRoutingPack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 三方联动 and the decision table's co-handlers, which scenarios cannot see (co-handlers are part of the routing
 * decision, not of the case's timeline).
 */
class JiangyuanThreePartyLinkageTest {
    static City city;
    static DroolsRoutingPolicy routing;
    static final Instant MONDAY = Instant.parse("2024-03-04T01:00:00Z");

    @BeforeAll
    static void load() throws Exception {
        city = ExampleCities.load("jiangyuan");
        CompiledRoutingPack pack = CompiledRoutingPack.of(((PackLoadResult.Loaded) ExampleCities.loadPack(city)).pack());
        routing = new DroolsRoutingPolicy(() -> pack);
    }

    static RoutingDecision route(String category, String location) {
        return routing.route(RoutingRequest.of(new IssueId("t"), IssueFacts.of(new CategoryId(category),
                new ChannelId("grid-forecast"), new NodeId(location), "test", Severity.LOW), city, MONDAY));
    }

    static OrganizationId org(String id) {
        return new OrganizationId(id);
    }

    @Test
    void aPropertyMatterInAGridIsLedByTheCommitteeWithThePropertyCompanyAndTheGridPartyBranch() {
        RoutingDecision d = route("property", "220605001005-G01");
        assertThat(d.owner().organization()).contains(org("xinshi-rc"));
        assertThat(d.coHandlers()).containsExactly(org("xinshi-property"), org("xinshi-g01-party"));
    }

    @Test
    void withoutAGridPartyOrganizationOnlyThePropertyCompanyJoins() {
        // 民强社区's second grid has no party organization on record.
        RoutingDecision d = route("property", "220605001004-G02");
        assertThat(d.owner().organization()).contains(org("minqiang-rc"));
        assertThat(d.coHandlers()).containsExactly(org("minqiang-property"));
    }

    @Test
    void otherMattersHaveTheTablesCoHandlersOrNone() {
        assertThat(route("livelihood.heating", "220605001005-G02").coHandlers()).containsExactly(org("xinshi-rc"));
        assertThat(route("services", "220605001005-G01").coHandlers()).containsExactly(org("xinshi-g01-party"));
        assertThat(route("livelihood", "220605001005-G01").coHandlers()).isEmpty();
    }
}
