package org.gridgov.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.Person;
import org.gridgov.people.PersonId;
import org.gridgov.service.Basis;
import org.gridgov.service.DestinationRequest;
import org.gridgov.service.ServicePolicy;
import org.junit.jupiter.api.Test;

/** {@code staffing.members}: in-service members of units paired with communities, at a seed's counts. */
class StaffingGeneratesMembersTest {
    static final String MEMBERS = """
            staffing:
              seed: 3
              from: 2024-01-01
              members: {count: 400, units: 7, unitType: department, branchType: community-committee, at: "220202",
                        communities: 1, elsewhere: 0.25}
            """;
    static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    @Test
    void unitsWithBranchesArePairedInTurnAndMembersWorkForThemAndLiveInGrids() throws DocumentException {
        City city = StaffingGeneratesTeamsAndPostsTest.load(MEMBERS);
        List<Person> members = city.people().all().stream().filter(Person::isInServicePartyMember)
                .filter(p -> p.id().value().startsWith("gen-member-")).toList();
        assertThat(members).hasSize(400);
        // One community takes part: the urban 东厂宅社区 comes before the village.
        for (int u = 1; u <= 7; u++) {
            OrganizationId unit = new OrganizationId(String.format("gen-unit-%04d", u));
            assertThat(city.organizations().pairedCommunities(unit, DAY)).containsExactly(new NodeId("220202001001"));
            assertThat(city.organizations().require(new OrganizationId(unit.value() + "-party")).node())
                    .isEqualTo(new NodeId("220202"));
        }
        for (Person m : members) {
            assertThat(m.party().orElseThrow().branch().value()).isEqualTo(m.employer().orElseThrow().value() + "-party");
            m.residence().ifPresent(r -> assertThat(city.jurisdiction().parent(r).orElseThrow().id())
                    .isEqualTo(new NodeId("220202001001")));
        }
        Map<Basis, Long> bases = members.stream().collect(Collectors.groupingBy(m -> ServicePolicy.none()
                .destination(DestinationRequest.of(city, m.id(), DAY).orElseThrow()).destination().orElseThrow().basis(),
                Collectors.counting()));
        // About a quarter live elsewhere and report to their unit's paired community; each unit employs some.
        assertThat(bases.get(Basis.EMPLOYER_PAIRING)).isBetween(70L, 130L);
        assertThat(bases.get(Basis.RESIDENCE) + bases.get(Basis.EMPLOYER_PAIRING)).isEqualTo(400L);
        assertThat(members.stream().map(m -> m.employer().orElseThrow()).distinct()).hasSize(7);
    }

    @Test
    void theSameSeedGivesTheSameMembers() throws DocumentException {
        City a = StaffingGeneratesTeamsAndPostsTest.load(MEMBERS);
        City b = StaffingGeneratesTeamsAndPostsTest.load(MEMBERS);
        PersonId id = new PersonId("gen-member-000123");
        assertThat(a.people().require(id)).isEqualTo(b.people().require(id));
    }

    @Test
    void aBrokenSpecIsAProblemAtItsFieldAndGeneratesNothing() {
        List<DocumentProblem> problems = StaffingGeneratesTeamsAndPostsTest.problems("""
                staffing:
                  members: {count: 0, units: 3, unitType: department, branchType: department, area: "9999",
                            elsewhere: 1.5}
                """);
        assertThat(problems).extracting(DocumentProblem::field).containsExactlyInAnyOrder("staffing.members.count",
                "staffing.members.units", "staffing.members.elsewhere", "staffing.members.branchType",
                "staffing.members.area");
        assertThat(problems).filteredOn(p -> p.field().endsWith("branchType")).singleElement()
                .satisfies(p -> assertThat(p.message().en()).contains("party type"));
        assertThat(StaffingGeneratesTeamsAndPostsTest.problems("""
                staffing:
                  members: {count: 5, units: 1, unitType: department, branchType: community-committee,
                            communities: 3}
                """)).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("staffing.members.communities");
                    assertThat(p.message().en()).contains("2 communities");
                });
    }
}
