package org.gridgov.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.fixtures.Cities.COMMUNITY;
import static org.gridgov.fixtures.Cities.JULY_1;
import static org.gridgov.fixtures.Cities.cityWithTwoStreets;
import static org.gridgov.fixtures.Cities.node;
import static org.gridgov.fixtures.Cities.organizations;
import static org.gridgov.fixtures.Cities.people;

import java.time.LocalDate;
import java.util.Optional;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organizations;
import org.junit.jupiter.api.Test;

class PartyMemberReportsInTest {
    private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    private final Jurisdiction city = cityWithTwoStreets();
    private final Organizations orgs = organizations(city);
    private final People people = people(city, orgs);

    /** The residence rule, then the employer's pairing: the candidates, decided by the plain policy. */
    private Optional<NodeId> reportIn(String person, LocalDate day) {
        Optional<NodeId> home = people.homeCommunity(new PersonId(person), COMMUNITY);
        if (!people.require(new PersonId(person)).isInServicePartyMember()) {
            return Optional.empty();
        }
        return home.or(() -> people.require(new PersonId(person)).employer().stream()
                .flatMap(e -> orgs.pairedCommunities(e, day).stream()).findFirst());
    }

    @Test
    void aMemberLivingInACommunityReportsInThere() {
        assertThat(reportIn("member-home", MARCH)).contains(node("S1C1"));
        assertThat(reportIn("member-home", JULY_1)).contains(node("S1C1"));
    }

    @Test
    void aMemberLivingOutsideAnyCommunityReportsInWhereTheEmployerIsPaired() {
        assertThat(reportIn("member-street", MARCH)).contains(node("S2C1"));
        assertThat(reportIn("member-street", JULY_1)).contains(node("S1C2"));
    }

    @Test
    void aMemberWithoutResidenceFollowsTheEmployersPairing() {
        assertThat(reportIn("member-away", LocalDate.of(2025, 6, 30))).contains(node("S2C1"));
    }

    @Test
    void withoutAPairingOnThatDayThereIsNoCommunity() {
        assertThat(reportIn("member-away", LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void retiredMembersAndResidentsDoNotReportIn() {
        assertThat(reportIn("retired", MARCH)).isEmpty();
        assertThat(reportIn("resident", MARCH)).isEmpty();
    }

    @Test
    void theCommunityLevelMustBeTheCitys() {
        assertThatThrownBy(() -> people.homeCommunity(new PersonId("member-home"), new LevelId("village"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("village");
    }

    @Test
    void residentsOfANodeIncludeThoseRecordedBelowIt() {
        assertThat(people.residentsOf(node("S1C1"))).extracting(Person::id)
                .containsExactly(new PersonId("resident"), new PersonId("member-home"), new PersonId("gw-a"));
        assertThat(people.residentsOf(node("S1"))).extracting(Person::id)
                .contains(new PersonId("member-street")).doesNotContain(new PersonId("retired"));
        assertThat(people.residentsOf(node("S2"))).extracting(Person::id).containsExactly(new PersonId("retired"));
        assertThat(people.residentsOf(node("S1C1E1G2"))).extracting(Person::id).containsExactly(new PersonId("gw-a"));
    }

    @Test
    void keyGroupsAndPartyMembersAreListed() {
        assertThat(people.withKeyGroup(KeyGroup.ELDERLY)).extracting(Person::id)
                .containsExactly(new PersonId("resident"), new PersonId("retired"));
        assertThat(people.withKeyGroup(KeyGroup.YOUTH)).hasSize(2);
        assertThat(people.withKeyGroup(KeyGroup.DISABLED)).isEmpty();
        assertThat(people.partyMembers()).extracting(Person::id).containsExactly(new PersonId("member-home"),
                new PersonId("member-street"), new PersonId("member-away"), new PersonId("retired"));
    }

    @Test
    void unknownPersonsAndNodesAreArgumentErrors() {
        assertThat(people.find(new PersonId("ghost"))).isEmpty();
        assertThatThrownBy(() -> people.require(new PersonId("ghost"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> people.residentsOf(node("NOWHERE"))).isInstanceOf(IllegalArgumentException.class);
    }
}
