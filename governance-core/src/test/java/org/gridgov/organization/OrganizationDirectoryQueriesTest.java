package org.gridgov.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.fixtures.Cities.cityWithTwoStreets;
import static org.gridgov.fixtures.Cities.node;
import static org.gridgov.fixtures.Cities.org;
import static org.gridgov.fixtures.Cities.organizations;

import org.junit.jupiter.api.Test;

class OrganizationDirectoryQueriesTest {
    private final Organizations orgs = organizations(cityWithTwoStreets());

    @Test
    void organizationsAreFoundByIdAndCarryTheirType() {
        assertThat(orgs.find(org("S1C1-RC"))).isPresent();
        assertThat(orgs.find(org("GHOST"))).isEmpty();
        assertThat(orgs.type(org("S1C1-RC")).party()).isFalse();
        assertThat(orgs.type(org("S1C1-PC")).name().zh()).isEqualTo("社区党委");
        assertThatThrownBy(() -> orgs.require(org("GHOST"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GHOST");
    }

    @Test
    void organizationsAreLookedUpByIdOrByName() {
        assertThat(orgs.lookup("S1C1-RC").orElseThrow().id()).isEqualTo(org("S1C1-RC"));
        assertThat(orgs.lookup("小区一物业").orElseThrow().id()).isEqualTo(org("S1C1-PROP"));
        assertThat(orgs.lookup("Civil Affairs Bureau").orElseThrow().id()).isEqualTo(org("BUREAU"));
        assertThat(orgs.lookup("面包店")).isEmpty();
        assertThat(orgs.lookup("")).isEmpty();
    }

    @Test
    void atListsOnlyTheOrganizationsAttachedAtTheNodeItself() {
        assertThat(orgs.at(node("S1C1"))).extracting(Organization::id)
                .containsExactly(org("S1C1-PC"), org("S1C1-RC"));
        assertThat(orgs.at(node("S1C1E1G2"))).isEmpty();
    }

    @Test
    void ofTypeListsInDeclarationOrder() {
        assertThat(orgs.ofType(new OrganizationTypeId("street-party-committee"))).extracting(Organization::id)
                .containsExactly(org("S1-PWC"), org("S2-PWC"));
        assertThatThrownBy(() -> orgs.ofType(new OrganizationTypeId("bakery")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bakery");
    }

    @Test
    void childrenAreTheOrganizationsReportingToOne() {
        assertThat(orgs.children(org("S1-PWC"))).extracting(Organization::id).containsExactly(org("S1C1-PC"));
        assertThat(orgs.children(org("S1C1E1G1-PG"))).isEmpty();
    }
}
