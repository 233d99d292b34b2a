package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organization;
import org.gridgov.policy.RoutingDecision;
import org.gridgov.policy.RoutingRequest;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.NameSpec;
import org.gridgov.profile.NodeSpecEntry;
import org.gridgov.profile.OrganizationSpec;
import org.gridgov.profile.ProfileReader;

/** For random issues in random cities, routing always decides, inside the issue's own path, the same way twice. */
class RoutingProperties {
    private static final DroolsRoutingPolicy POLICY = RoutingFixture.basePolicy();
    private static final String[] CATEGORIES = {"environment.noise", "facilities.road", "utilities.heating", "property",
            "disputes", "safety", "emergency", "enterprise", "other"};
    private static final String[][] ORG_TYPES = {
            {"district", "district-government"}, {"district", "utilities-department"},
            {"district", "emergency-management"}, {"street", "street-office"}, {"street", "city-management"},
            {"street", "safety-office"}, {"street", "justice-office"}, {"community", "residents-committee"},
            {"community", "property-company"}};

    /** A random city over the routing city's catalogues: random districts, streets, communities, grids, buildings. */
    static City randomCity(long seed) throws DocumentException {
        Random r = new Random(seed);
        CityProfile base = RoutingFixture.city().profile();
        List<NodeSpecEntry> nodes = new ArrayList<>();
        List<OrganizationSpec> orgs = new ArrayList<>();
        nodes.add(new NodeSpecEntry("C", null, "city", NameSpec.of("市"), null, null, null, null));
        grow(r, "C", 1, nodes, orgs);
        CityProfile profile = new CityProfile(null, "random", base.name(), null, base.levels(), base.layers(),
                new org.gridgov.profile.JurisdictionSpec(null, null, nodes), base.roleTypes(), base.organizationTypes(),
                base.partyChain(), base.categories(), base.channels(), orgs, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        String text = ProfileReader.write("random.yaml", profile);
        return CityLoader.load(ProfileReader.read("random.yaml", text), name -> {
            throw new java.io.IOException("no companion files");
        });
    }

    private static final String[] LEVELS = {"city", "district", "street", "community", "grid", "building"};

    private static void grow(Random r, String parent, int depth, List<NodeSpecEntry> nodes, List<OrganizationSpec> orgs) {
        if (depth >= LEVELS.length) {
            return;
        }
        int children = r.nextInt(depth <= 2 ? 3 : 4);
        for (int i = 0; i < children; i++) {
            // Now and then a level is skipped: a grid directly under a street, a building under a community.
            int level = depth + (depth >= 2 && depth + 1 < LEVELS.length && r.nextInt(6) == 0 ? 1 : 0);
            String id = parent + "." + i;
            nodes.add(new NodeSpecEntry(id, parent, LEVELS[level], NameSpec.of(LEVELS[level] + id), null, null, null, null));
            for (String[] t : ORG_TYPES) {
                if (t[0].equals(LEVELS[level]) && r.nextInt(3) > 0) {
                    orgs.add(new OrganizationSpec(id + ":" + t[1], t[1], NameSpec.of(t[1] + id), id, null));
                }
            }
            grow(r, id, level + 1, nodes, orgs);
        }
    }

    @Property(tries = 60)
    void routingAlwaysYieldsAnOwnerOnTheIssuesOwnPathAndTheSameDecisionTwice(
            @ForAll long citySeed, @ForAll long issueSeed, @ForAll @IntRange(min = 0, max = 3) int rejections)
            throws DocumentException {
        City city = randomCity(citySeed);
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
