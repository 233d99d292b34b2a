package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;
import org.gridgov.organization.OrganizationTypeId;
import org.gridgov.people.Person;
import org.gridgov.people.PersonKind;
import org.gridgov.role.Assignment;
import org.gridgov.role.Post;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 江源区's staffing section at the district's real scale: the 双三长 near the report's 1,274 机关"三长" and 4,058
 * 居民"三长", every post an A/B pair, handlers at every town/street and community/village, and the declared people
 * and organizations of the scenarios left as they are (declared win). The figures are those stated in city.yaml.
 */
class JiangyuanGeneratedStaffTest {
    static City city;
    static final Instant AT = Instant.parse("2024-03-04T01:00:00Z");

    @BeforeAll
    static void load() throws Exception {
        city = ExampleCities.load("jiangyuan");
    }

    static boolean isSanzhang(RoleTypeId role) {
        String r = role.value();
        return r.equals("grid-leader") || r.equals("building-leader") || r.equals("unit-leader")
                || r.startsWith("cadre-sanzhang-") || r.startsWith("resident-sanzhang-");
    }

    @Test
    void theDoubleThreeLeadersLandNearTheReportsFigures() {
        Set<Person> sanzhang = city.roster().assignments().stream().filter(a -> isSanzhang(a.role()))
                .map(a -> city.people().require(a.person())).collect(Collectors.toSet());
        long cadres = sanzhang.stream().filter(p -> p.kinds().contains(PersonKind.CADRE)).count();
        long residents = sanzhang.stream().filter(p -> p.kinds().contains(PersonKind.RESIDENT)).count();
        // (3 grid posts × 184 grids + 91 communities and villages) × A/B − the declared pair of 新世 G01 + 3 declared
        assertThat(cadres).isEqualTo(1_287);
        // 11 grid posts × 184 × A/B + 3 declared
        assertThat(residents).isEqualTo(4_051);
        assertThat((double) cadres / 1_274).isBetween(0.98, 1.02);
        assertThat((double) residents / 4_058).isBetween(0.98, 1.02);
        assertThat(sanzhang).as("nobody is both").noneMatch(p -> p.kinds().contains(PersonKind.CADRE)
                && p.kinds().contains(PersonKind.RESIDENT));
    }

    @Test
    void everyGeneratedPostHasABackupWhoActsWhenTheHolderIsAway() {
        Map<String, Long> postsPerTarget = city.roster().assignments().stream()
                .filter(a -> a.person().value().startsWith("gen-"))
                .collect(Collectors.groupingBy(a -> a.role().value() + "@" + a.target(), Collectors.counting()));
        assertThat(postsPerTarget.values()).containsOnly(2L);
        RoleTarget grid = RoleTarget.at(new NodeId("220605001200-G01"));
        assertThat(city.roster().holders(new RoleTypeId("resident-sanzhang-11"), grid, AT))
                .extracting(Assignment::post).containsExactlyInAnyOrder(Post.PRIMARY, Post.BACKUP);
        assertThat(city.roster().actingFor(new RoleTypeId("grid-leader"), grid, AT).orElseThrow().person().value())
                .isEqualTo("gen-grid-leader-220605001200-G01-a");
    }

    @Test
    void everyTownStreetCommunityAndVillageHasItsHandlersAndTheDeclaredOnesWin() {
        Function<String, Set<NodeId>> nodesWith = type -> city.organizations().ofType(new OrganizationTypeId(type))
                .stream().map(Organization::node).collect(Collectors.toSet());
        Set<NodeId> streets = ids("street");
        Set<NodeId> communities = ids("community");
        assertThat(streets).hasSize(10);
        assertThat(communities).hasSize(91);
        for (String type : new String[] {"street-office", "street-party-working-committee", "safety-office",
                "justice-office"}) {
            assertThat(nodesWith.apply(type)).as(type).containsAll(streets);
        }
        assertThat(nodesWith.apply("residents-committee")).containsAll(communities);
        assertThat(nodesWith.apply("community-party-organization")).containsAll(communities);
        assertThat(nodesWith.apply("grid-party-organization")).hasSize(184);
        assertThat(city.organizations().ofType(new OrganizationTypeId("grid-service-station"))).hasSize(31);
        // Names by kind: a town's government, a village's villagers' committee.
        assertThat(name("gen-street-office-220605102")).isEqualTo("湾沟镇人民政府");
        assertThat(name("gen-street-office-220605002")).isEqualTo("江源街道办事处");
        assertThat(name("gen-residents-committee-220605001200")).isEqualTo("利民村村民委员会");
        // Declared win: no second committee or office where the scenarios' organizations are.
        assertThat(city.organizations().at(new NodeId("220605001005")).stream().map(o -> o.id().value()))
                .contains("xinshi-rc", "xinshi-party").noneMatch(id -> id.startsWith("gen-"));
        assertThat(city.organizations().at(new NodeId("220605001")).stream().map(o -> o.id().value()))
                .noneMatch(id -> id.startsWith("gen-street-office") || id.startsWith("gen-safety-office")
                        || id.startsWith("gen-justice-office") || id.startsWith("gen-street-party"));
        assertThat(city.roster().actingFor(new RoleTypeId("grid-leader"),
                RoleTarget.at(new NodeId("220605001005-G01")), AT).orElseThrow().person().value()).isEqualTo("p-liu");
    }

    private static Set<NodeId> ids(String level) {
        var tree = city.jurisdiction();
        return tree.atLevel(tree.root().id(), new LevelId(level)).stream().map(n -> n.id()).collect(Collectors.toSet());
    }

    private static String name(String organization) {
        return city.organizations().require(new OrganizationId(organization)).name().zh();
    }
}
