package org.gridgov.rules.routing;

import java.time.Instant;
import java.util.List;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.rules.runtime.ActivePack;

/** The routing test city with the base pack. */
final class RoutingFixture {
    /** Tuesday 2024-05-07 10:00 in China; the grid leader of G1 is on leave, so the backup acts. */
    static final Instant AT = Instant.parse("2024-05-07T02:00:00Z");
    private static City city;

    private RoutingFixture() {
    }

    static synchronized City city() {
        if (city == null) {
            try {
                city = CityLoader.loadResource(RoutingFixture.class.getClassLoader(),
                        "org/gridgov/rules/routing/routing-city.yaml");
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
        return city;
    }

    static DroolsRoutingPolicy basePolicy() {
        ActivePack pack = ActivePacks.base();
        return new DroolsRoutingPolicy(() -> pack);
    }

    static RoutingRequest request(String category, String location, Severity severity, String channel,
                                  List<Owner> rejected) {
        return new RoutingRequest(new IssueId("i-1"), IssueFacts.of(new CategoryId(category), new ChannelId(channel),
                new NodeId(location), "居民反映的问题", severity), city(), AT, rejected);
    }

    static RoutingDecision route(org.gridgov.routing.RoutingPolicy policy, String category, String location,
                                 Severity severity) {
        return policy.route(request(category, location, severity, "grid-patrol", List.of()));
    }
}
