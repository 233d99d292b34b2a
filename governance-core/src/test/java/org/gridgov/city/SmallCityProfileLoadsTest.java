package org.gridgov.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gridgov.category.CategoryId;
import org.gridgov.jurisdiction.LayerId;
import org.gridgov.document.DocumentException;
import org.gridgov.issue.ChannelId;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.junit.jupiter.api.Test;

class SmallCityProfileLoadsTest {
    static City smallCity() throws DocumentException {
        return CityLoader.loadResource(SmallCityProfileLoadsTest.class.getClassLoader(),
                "org/gridgov/city/small-city.yaml");
    }

    @Test
    void theTreeHasTheDivisionsThePlannedGridsAndTheDeclaredNodes() throws DocumentException {
        City city = smallCity();
        var tree = city.jurisdiction();
        // 1 city, 1 district, 1 street, 2 communities, 3 + 2 generated grids, 1 dedicated grid, 1 building
        assertThat(tree.size()).isEqualTo(12);
        assertThat(tree.atLevel(tree.root().id(), new LevelId("grid"))).hasSize(6);
        assertThat(tree.node(new NodeId("S1")).isDedicated()).isTrue();
        assertThat(tree.node(new NodeId("220202001001-G02")).layers()).hasSize(2);
        assertThat(city.divisions().orElseThrow().license()).isEqualTo("CC0");
        assertThat(city.zone().getId()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void catalogsOrganizationsAndPeopleAreCrossLinked() throws DocumentException {
        City city = smallCity();
        assertThat(city.categories().isWithin(new CategoryId("env.noise"), new CategoryId("env"))).isTrue();
        // A subcategory belongs to its parent's net unless it names its own; an unknown category to none.
        assertThat(city.categories().layerOf(new CategoryId("env.noise"))).contains(new LayerId("safety"));
        assertThat(city.categories().layerOf(new CategoryId("nope"))).isEmpty();
        assertThat(city.channel(new ChannelId("hotline-12345"))).isPresent();
        assertThat(city.organizations().partyChain(new NodeId("B1"))).extracting(o -> o.id().value())
                .containsExactly("st-party", "dc-party");
        assertThat(city.organizations().alliancesOf(new OrganizationId("police"))).hasSize(1);
        assertThat(city.people().require(new PersonId("p3")).phone()).isEmpty();
        assertThat(city.people().residentsOf(new NodeId("220202001001"))).hasSize(2);
    }

    @Test
    void theBackupActsWhileThePrimaryIsOnLeave() throws DocumentException {
        City city = smallCity();
        RoleTarget grid = RoleTarget.at(new NodeId("220202001001-G01"));
        RoleTypeId leader = new RoleTypeId("grid-leader");
        var onLeave = city.roster().actingFor(leader, grid, Instant.parse("2024-03-01T12:00:00Z")).orElseThrow();
        assertThat(onLeave.person()).isEqualTo(new PersonId("p2"));
        assertThat(onLeave.viaBackup()).isTrue();
        var back = city.roster().actingFor(leader, grid, Instant.parse("2024-03-02T00:00:00Z")).orElseThrow();
        assertThat(back.person()).isEqualTo(new PersonId("p1"));
    }

    @Test
    void localCalendarsAreInheritedDownTheTree() throws DocumentException {
        City city = smallCity();
        var root = city.calendarFor(city.jurisdiction().root().id());
        var grid = city.calendarFor(new NodeId("220202001001-G01"));
        java.time.LocalDate districtDay = java.time.LocalDate.of(2024, 9, 3);      // a Tuesday
        java.time.LocalDate makeUp = java.time.LocalDate.of(2024, 9, 7);           // a Saturday
        assertThat(root.isWorkingDay(districtDay)).isTrue();
        assertThat(grid.isWorkingDay(districtDay)).isFalse();
        assertThat(grid.day(districtDay).name().orElseThrow().zh()).isEqualTo("区庆日");
        assertThat(grid.isWorkingDay(makeUp)).isTrue();
        assertThat(root.isWorkingDay(makeUp)).isFalse();
        // The city's hours (09:00-12:00, 14:00-18:00) reach the grid through the district.
        assertThat(grid.workingHours().perDay()).isEqualTo(java.time.Duration.ofHours(7));
        assertThat(grid.nextWorkingInstant(java.time.LocalDateTime.of(2024, 9, 4, 12, 30)))
                .isEqualTo(java.time.LocalDateTime.of(2024, 9, 4, 14, 0));
        // National holidays still apply below.
        assertThat(grid.isWorkingDay(java.time.LocalDate.of(2024, 10, 1))).isFalse();
    }
}
