package org.gridgov.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentSource;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;
import org.gridgov.organization.OrganizationTypeId;
import org.gridgov.people.PersonId;
import org.gridgov.profile.ProfileReader;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.junit.jupiter.api.Test;

/** The small city with a staffing section: what is generated, what declared entries keep, and the errors. */
class StaffingGeneratesTeamsAndPostsTest {
    static final String STAFFING = """
            staffing:
              seed: 7
              from: 2024-01-01
              teams:
                - {type: department, per: street, name: {zh: "{node}综合执法队", en: "{node} enforcement team"}}
                - {type: community-committee, per: community, name: "{node}党委"}
                - {type: department, per: community, name: "{node}村委会", kinds: [village]}
              posts:
                - {role: grid-leader, per: grid, backup: true}
                - {role: secretary, organizationType: department, kinds: [cadre, volunteer]}
            """;

    static City load(String staffing) throws DocumentException {
        String text = ProfileProblemsNameFileLineAndFieldTest.BASE + staffing;
        return CityLoader.load(ProfileReader.read("small-city.yaml", text), DocumentSource.classpath(
                StaffingGeneratesTeamsAndPostsTest.class.getClassLoader(), "org/gridgov/city"));
    }

    static List<DocumentProblem> problems(String staffing) {
        try {
            load(staffing);
        } catch (DocumentException e) {
            return e.problems();
        }
        throw new AssertionError("the broken staffing was accepted");
    }

    @Test
    void teamsAreGeneratedAtEveryNodeOfTheLevelExceptWhereOneIsDeclared() throws DocumentException {
        City city = load(STAFFING);
        Organization team = city.organizations().require(new OrganizationId("gen-department-220202001"));
        assertThat(team.name().zh()).isEqualTo(city.jurisdiction().node(new NodeId("220202001")).name().zh() + "综合执法队");
        assertThat(team.name().en()).endsWith(" enforcement team");
        // 东厂宅社区 declares its party committee, so only the other community gets a generated one.
        assertThat(city.organizations().ofType(new OrganizationTypeId("community-committee")))
                .extracting(o -> o.id().value()).containsExactlyInAnyOrder("dc-party", "gen-community-committee-220202001201");
        // Only nodes of the listed kinds: tiny.json's 220202001201 is a village, 东厂宅 an urban community.
        assertThat(city.organizations().find(new OrganizationId("gen-department-220202001201"))).isPresent();
        assertThat(city.organizations().find(new OrganizationId("gen-department-220202001001"))).isEmpty();
    }

    @Test
    void postsAreFilledWithAnABPairWhereNoPrimaryIsDeclared() throws DocumentException {
        City city = load(STAFFING);
        Instant at = Instant.parse("2024-06-03T02:00:00Z");
        var grids = city.jurisdiction().atLevel(city.jurisdiction().root().id(), new LevelId("grid"));
        for (var grid : grids) {
            var acting = city.roster().actingFor(new RoleTypeId("grid-leader"), RoleTarget.at(grid.id()), at);
            assertThat(acting).as("grid %s has a leader", grid.id()).isPresent();
        }
        // The declared leader of G01 keeps the post; no generated pair there.
        assertThat(city.roster().actingFor(new RoleTypeId("grid-leader"), RoleTarget.at(new NodeId("220202001001-G01")),
                at).orElseThrow().person()).isEqualTo(new PersonId("p1"));
        assertThat(city.people().find(new PersonId("gen-grid-leader-220202001001-G01-a"))).isEmpty();
        assertThat(city.people().find(new PersonId("gen-grid-leader-220202001001-G02-b"))).isPresent();
        // Organization-scoped posts go into every organization of the type, generated ones included.
        assertThat(city.roster().actingFor(new RoleTypeId("secretary"),
                RoleTarget.in(new OrganizationId("gen-department-220202001")), at)).isPresent();
        assertThat(city.people().require(new PersonId("gen-secretary-police-a")).employer())
                .contains(new OrganizationId("police"));
    }

    @Test
    void theSameSeedGivesTheSameNamesAndTheProfileKeepsOnlyWhatWasWritten() throws DocumentException {
        City one = load(STAFFING);
        City two = load(STAFFING);
        PersonId someone = new PersonId("gen-grid-leader-220202001201-G01-a");
        assertThat(one.people().require(someone).name()).isEqualTo(two.people().require(someone).name())
                .matches("\\p{IsHan}{2,3}");
        assertThat(one.profile().people()).hasSize(3);
    }

    @Test
    void anUnknownRoleOrLevelIsReportedAtItsEntry() {
        assertThat(problems(STAFFING.replace("role: grid-leader", "role: grid-boss")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("staffing.posts[0].role");
                    assertThat(p.message().en()).contains("grid-boss");
                });
        assertThat(problems(STAFFING.replace("per: street", "per: township")))
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("staffing.teams[0].per"));
        assertThat(problems(STAFFING.replace("{role: secretary, organizationType: department",
                "{role: secretary, per: grid, organizationType: department")))
                .singleElement().satisfies(p -> assertThat(p.message().en()).contains("exactly one"));
        assertThat(problems(STAFFING.replace("kinds: [cadre, volunteer]", "kinds: [cadre, party_member]")))
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("staffing.posts[1].kinds"));
    }
}
