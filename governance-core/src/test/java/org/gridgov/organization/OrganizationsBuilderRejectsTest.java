package org.gridgov.organization;

import static org.gridgov.validation.ProblemAssertions.assertOnly;
import static org.gridgov.validation.ProblemAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.fixtures.Cities.cityWithTwoStreets;
import static org.gridgov.fixtures.Cities.node;
import static org.gridgov.fixtures.Cities.org;
import static org.gridgov.fixtures.Cities.organizationsBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;
import org.junit.jupiter.api.Test;

class OrganizationsBuilderRejectsTest {
    private final Jurisdiction city = cityWithTwoStreets();

    private List<Problem> problems(UnaryOperator<OrganizationsBuilder> change) {
        return problemsOf(change.apply(organizationsBuilder(city))::build);
    }

    @Test
    void theFixtureIsValid() {
        assertThat(organizationsBuilder(city).build().all()).hasSize(10);
    }

    @Test
    void duplicateTypeIdIsRejected() {
        assertOnly(problems(b -> b.type(OrganizationType.of("department", "部门", "department", false))),
                "organization-type", "department", "id", "department");
    }

    @Test
    void duplicateOrganizationIdIsRejected() {
        assertOnly(problems(b -> b.add(Organization.of("BUREAU", "department", Bilingual.zh("重复"), "D"))),
                "organization", "BUREAU", "id", "BUREAU");
    }

    @Test
    void unknownTypeIsRejected() {
        assertOnly(problems(b -> b.add(Organization.of("X", "bakery", Bilingual.zh("面包店"), "D"))),
                "organization", "X", "type", "bakery");
    }

    @Test
    void unknownNodeIsRejected() {
        assertOnly(problems(b -> b.add(Organization.of("X", "department", Bilingual.zh("某局"), "NOWHERE"))),
                "organization", "X", "node", "NOWHERE");
    }

    @Test
    void unknownParentIsRejected() {
        assertOnly(problems(b -> b.add(Organization.of("X", "department", Bilingual.zh("某局"), "D").under("GHOST"))),
                "organization", "X", "parent", "GHOST");
    }

    @Test
    void parentCycleIsRejectedOnce() {
        List<Problem> found = problems(b -> b
                .add(Organization.of("A", "department", Bilingual.zh("甲"), "D").under("B"))
                .add(Organization.of("B", "department", Bilingual.zh("乙"), "D").under("C"))
                .add(Organization.of("C", "department", Bilingual.zh("丙"), "D").under("A"))
                .add(Organization.of("BELOW", "department", Bilingual.zh("丁"), "D").under("A")));
        assertOnly(found, "organization", "A", "parent", "A → B → C → A");
    }

    @Test
    void selfParentIsACycle() {
        assertOnly(problems(b -> b.add(Organization.of("SELF", "department", Bilingual.zh("自"), "D").under("SELF"))),
                "organization", "SELF", "parent", "SELF → SELF");
    }

    @Test
    void duplicateAllianceIdIsRejected() {
        assertOnly(problems(b -> b.alliance(new Alliance(new AllianceId("S1-BIG"), Bilingual.zh("重复"), node("S1"),
                        org("S1-PWC"), Set.of()))),
                "alliance", "S1-BIG", "id", "S1-BIG");
    }

    @Test
    void allianceAtUnknownNodeIsRejected() {
        assertOnly(problems(b -> b.alliance(new Alliance(new AllianceId("X"), Bilingual.zh("联盟"), node("NOWHERE"),
                        org("S1-PWC"), Set.of()))),
                "alliance", "X", "node", "NOWHERE");
    }

    @Test
    void allianceWithUnknownLeadIsRejected() {
        assertOnly(problems(b -> b.alliance(new Alliance(new AllianceId("X"), Bilingual.zh("联盟"), node("S1"),
                        org("GHOST"), Set.of(org("BUREAU"))))),
                "alliance", "X", "lead", "GHOST");
    }

    @Test
    void allianceWithUnknownMemberIsRejected() {
        assertOnly(problems(b -> b.alliance(new Alliance(new AllianceId("X"), Bilingual.zh("联盟"), node("S1"),
                        org("S1-PWC"), Set.of(org("BUREAU"), org("GHOST"))))),
                "alliance", "X", "members", "GHOST");
    }

    @Test
    void pairingWithUnknownUnitIsRejected() {
        assertOnly(problems(b -> b.pairing(new Pairing(org("GHOST"), node("S1C1"), LocalDate.of(2025, 1, 1),
                        Optional.empty()))),
                "pairing", "#3", "unit", "GHOST");
    }

    @Test
    void pairingWithUnknownCommunityIsRejected() {
        assertOnly(problems(b -> b.pairing(new Pairing(org("BUREAU"), node("NOWHERE"), LocalDate.of(2025, 1, 1),
                        Optional.empty()))),
                "pairing", "#3", "community", "NOWHERE");
    }

    @Test
    void pairingEndingBeforeItStartsIsRejected() {
        assertOnly(problems(b -> b.pairing(new Pairing(org("BUREAU"), node("S1C1"), LocalDate.of(2025, 3, 2),
                        Optional.of(LocalDate.of(2025, 3, 1))))),
                "pairing", "#3", "until", "2025-03-01");
    }

    @Test
    void partyChainNamingUnknownLevelIsRejected() {
        assertOnly(problems(b -> b.partyChain(PartyChain.of("street", "street-party-committee",
                        "village", "community-party-committee"))),
                "party-chain", "village", "level", "village");
    }

    @Test
    void partyChainNamingUnknownTypeIsRejected() {
        assertOnly(problems(b -> b.partyChain(PartyChain.of("street", "street-party-committee",
                        "community", "soviet"))),
                "party-chain", "community", "type", "soviet");
    }

    @Test
    void partyChainNamingNonPartyTypeIsRejected() {
        assertOnly(problems(b -> b.partyChain(PartyChain.of("community", "residents-committee"))),
                "party-chain", "community", "type", "residents-committee");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> organizationsBuilder(city)
                .add(Organization.of("X", "bakery", Bilingual.zh("面包店"), "NOWHERE").under("GHOST"))
                .partyChain(PartyChain.of("village", "residents-committee"))
                .build())
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field)
                        .containsExactly("type", "node", "parent", "level", "type"))
                .hasMessageContaining("5 problem(s) in the organization directory");
    }

    @Test
    void aBuilderBuildsOnce() {
        OrganizationsBuilder b = organizationsBuilder(city);
        b.build();
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    }
}
