package org.gridgov.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.fixtures.Cities.JULY_1;
import static org.gridgov.fixtures.Cities.cityWithTwoStreets;
import static org.gridgov.fixtures.Cities.node;
import static org.gridgov.fixtures.Cities.org;
import static org.gridgov.fixtures.Cities.organizations;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AlliancesAndPairingsTest {
    private final Organizations orgs = organizations(cityWithTwoStreets());

    @Test
    void alliancesSitAtTheirNodeAndLevel() {
        assertThat(orgs.alliancesAt(node("S1"))).extracting(Alliance::id).containsExactly(new AllianceId("S1-BIG"));
        assertThat(orgs.alliancesAt(node("S1C1"))).extracting(Alliance::id)
                .containsExactly(new AllianceId("S1C1-BIG"));
        assertThat(orgs.alliancesAt(node("S2"))).isEmpty();
    }

    @Test
    void aUnitBelongsToTheStreetAndTheCommunityBigCommittees() {
        assertThat(orgs.alliancesOf(org("BUREAU"))).extracting(Alliance::id)
                .containsExactly(new AllianceId("S1-BIG"), new AllianceId("S1C1-BIG"));
    }

    @Test
    void aLeadIsInvolvedInTheAllianceItLeads() {
        assertThat(orgs.alliancesOf(org("S1C1-PC"))).extracting(Alliance::id)
                .containsExactly(new AllianceId("S1C1-BIG"));
        assertThat(orgs.alliancesOf(org("S2-PWC"))).isEmpty();
    }

    @Test
    void pairingsHoldOnTheirDaysBothEndsIncluded() {
        assertThat(orgs.pairedCommunities(org("BUREAU"), LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(orgs.pairedCommunities(org("BUREAU"), LocalDate.of(2025, 1, 1))).containsExactly(node("S2C1"));
        assertThat(orgs.pairedCommunities(org("BUREAU"), LocalDate.of(2025, 6, 30))).containsExactly(node("S2C1"));
        assertThat(orgs.pairedCommunities(org("BUREAU"), JULY_1)).containsExactly(node("S1C2"));
        assertThat(orgs.pairedCommunities(org("BUREAU"), LocalDate.of(2030, 1, 1))).containsExactly(node("S1C2"));
    }

    @Test
    void aCommunityKnowsItsPairedUnitsByDate() {
        assertThat(orgs.pairedUnits(node("S2C1"), LocalDate.of(2025, 3, 1))).containsExactly(org("BUREAU"));
        assertThat(orgs.pairedUnits(node("S2C1"), JULY_1)).isEmpty();
        assertThat(orgs.pairedUnits(node("S1C2"), JULY_1)).containsExactly(org("BUREAU"));
    }
}
