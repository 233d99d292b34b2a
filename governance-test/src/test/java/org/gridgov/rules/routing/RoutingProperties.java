package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organization;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.testkit.GovernanceArbitraries;

/** For random issues in random cities, routing always decides, inside the issue's own path, the same way twice. */
class RoutingProperties {
    private static final DroolsRoutingPolicy POLICY = RoutingFixture.basePolicy();
    private static final String[] CATEGORIES = {"environment.noise", "facilities.road", "utilities.heating", "property",
            "disputes", "safety", "emergency", "enterprise", "other"};

    @Provide
    Arbitrary<City> cities() {
        return GovernanceArbitraries.cities(RoutingFixture.city());
    }

    @Property(tries = 60)
    void routingAlwaysYieldsAnOwnerOnTheIssuesOwnPathAndTheSameDecisionTwice(
            @ForAll("cities") City city, @ForAll long issueSeed, @ForAll @IntRange(min = 0, max = 3) int rejections) {
        Random r = new Random(issueSeed);
        List<JurisdictionNode> all = city.jurisdiction().subtree(city.jurisdiction().root().id());
        for (int n = 0; n < 5; n++) {
            JurisdictionNode location = all.get(r.nextInt(all.size()));
            List<Owner> rejected = new ArrayList<>();
            List<JurisdictionNode> path = city.jurisdiction().path(location.id());
            for (int i = 0; i < rejections; i++) {
                JurisdictionNode at = path.get(r.nextInt(path.size()));
                List<Organization> there = city.organizations().at(at.id());
                rejected.add(there.isEmpty() || r.nextBoolean() ? Owner.atNode(at.id())
                        : Owner.organization(at.id(), there.get(r.nextInt(there.size())).id()));
            }
            RoutingRequest request = new RoutingRequest(new IssueId("i" + n),
                    IssueFacts.of(new CategoryId(CATEGORIES[r.nextInt(CATEGORIES.length)]),
                            new ChannelId(r.nextBoolean() ? "hotline-12345" : "grid-patrol"), location.id(), "事项",
                            Severity.values()[r.nextInt(4)]),
                    city, Instant.parse("2024-05-07T02:00:00Z"), rejected);
            RoutingDecision d = POLICY.route(request);
            NodeId owner = d.owner().node();
            assertThat(city.jurisdiction().isAncestorOrSelf(owner, location.id()))
                    .as("owner %s of an issue at %s", owner, location.id()).isTrue();
            assertThat(d.explanation().reason().zh()).isNotBlank();
            d.owner().organization().ifPresent(o ->
                    assertThat(city.organizations().require(o).node()).isEqualTo(owner));
            assertThat(POLICY.route(request)).isEqualTo(d);
        }
    }
}
