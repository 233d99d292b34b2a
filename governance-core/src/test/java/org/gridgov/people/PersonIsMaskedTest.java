package org.gridgov.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.fixtures.Cities.node;

import org.junit.jupiter.api.Test;

class PersonIsMaskedTest {
    private final Person person = Person.of("p1", "王小明", PersonKind.RESIDENT)
            .withPhone(new PhoneNumber("13812345678"))
            .withIdNumber(new IdNumber("11010519491231002X"))
            .livingAt(node("S1C1E1G1B1"))
            .inKeyGroups(KeyGroup.ELDERLY);

    @Test
    void toStringMasksNamePhoneAndIdNumber() {
        assertThat(person.toString())
                .contains("p1", "王**", "138****5678", "110105********002X", "S1C1E1G1B1", "ELDERLY")
                .doesNotContain("王小明", "13812345678", "11010519491231002X", "12345678", "19491231");
    }

    @Test
    void theAccessorsStillGiveTheRealValues() {
        assertThat(person.name()).isEqualTo("王小明");
        assertThat(person.phone()).map(PhoneNumber::value).contains("13812345678");
        assertThat(person.idNumber()).map(IdNumber::value).contains("11010519491231002X");
    }

    @Test
    void aPersonInACollectionIsMaskedToo() {
        assertThat(java.util.List.of(person).toString()).doesNotContain("13812345678", "王小明");
    }

    @Test
    void aOneCharacterNameIsMaskedWhole() {
        assertThat(Person.of("p2", "王").toString()).contains("name=*").doesNotContain("王");
    }

    @Test
    void partyMembershipAddsTheKind() {
        Person member = person.partyMember(new org.gridgov.organization.OrganizationId("B"), true);
        assertThat(member.kinds()).contains(PersonKind.PARTY_MEMBER, PersonKind.RESIDENT);
        assertThat(member.isInServicePartyMember()).isTrue();
    }

    @Test
    void kindsAndKeyGroupsHaveBilingualNames() {
        assertThat(KeyGroup.DISABLED.displayName().zh()).isEqualTo("残疾人");
        assertThat(PersonKind.GRID_WORKER.displayName()).hasToString("网格员 (grid worker)");
    }
}
