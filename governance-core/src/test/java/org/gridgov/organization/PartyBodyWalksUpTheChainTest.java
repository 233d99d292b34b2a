package org.gridgov.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.fixtures.Cities.cityWithTwoStreets;
import static org.gridgov.fixtures.Cities.node;
import static org.gridgov.fixtures.Cities.org;
import static org.gridgov.fixtures.Cities.organizations;

import java.util.Optional;
import org.gridgov.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;

class PartyBodyWalksUpTheChainTest {
    private final Jurisdiction city = cityWithTwoStreets();
    private final Organizations orgs = organizations(city);

    private Optional<OrganizationId> bodyOf(String node) {
        return orgs.partyBodyFor(node(node)).map(Organization::id);
    }

    @Test
    void aGridWithItsOwnPartyGroupAnswersIt() {
        assertThat(bodyOf("S1C1E1G1")).contains(org("S1C1E1G1-PG"));
    }

    @Test
    void aGridWithoutAPartyGroupAnswersItsEstateBranch() {
        assertThat(bodyOf("S1C1E1G2")).contains(org("S1C1E1-PB"));
    }

    @Test
    void aBuildingBelowTheChainAnswersItsGridGroup() {
        assertThat(bodyOf("S1C1E1G1B1")).contains(org("S1C1E1G1-PG"));
    }

    @Test
    void aGridDirectlyUnderACommunityAnswersTheCommunityCommittee() {
        assertThat(bodyOf("S2C1G1")).contains(org("S2C1-PC"));
    }

    @Test
    void aCommunityWithoutItsOwnCommitteeAnswersItsStreet() {
        assertThat(bodyOf("S1C2")).contains(org("S1-PWC"));
    }

    @Test
    void nodesAboveTheChainHaveNoPartyBody() {
        assertThat(bodyOf("C")).isEmpty();
        assertThat(bodyOf("D")).isEmpty();
    }

    @Test
    void aUnitBranchAtTheDistrictIsNotInTheChain() {
        // BUREAU-PB is a party body at D, but the chain has no district level.
        assertThat(orgs.partyChain(node("D"))).isEmpty();
    }

    @Test
    void thePartyChainRunsFromTheStreetDownToTheGrid() {
        assertThat(orgs.partyChain(node("S1C1E1G1B1"))).extracting(Organization::id)
                .containsExactly(org("S1-PWC"), org("S1C1-PC"), org("S1C1E1-PB"), org("S1C1E1G1-PG"));
        assertThat(orgs.partyChain(node("S2C1G1"))).extracting(Organization::id)
                .containsExactly(org("S2-PWC"), org("S2C1-PC"));
    }

    @Test
    void withoutAChainNoNodeHasAPartyBody() {
        OrganizationsBuilder b = Organizations.builder(city);
        org.gridgov.fixtures.Cities.types().forEach(b::type);
        Organizations plain = b.add(Organization.of("S1-PWC", "street-party-committee",
                org.gridgov.i18n.Bilingual.zh("街道一党工委"), "S1")).build();
        assertThat(plain.partyBodyFor(node("S1"))).isEmpty();
    }

    @Test
    void unknownNodeIsAnArgumentError() {
        assertThatThrownBy(() -> orgs.partyBodyFor(node("NOWHERE")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOWHERE");
    }
}
