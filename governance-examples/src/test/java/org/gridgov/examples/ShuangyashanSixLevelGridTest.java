package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 双鸭山's profile over its real divisions, at the report's scale: the 110 streets and towns and 760 communities
 * and villages of the division file, the report's 1,366 city grids and 104 dedicated grids, every urban grid
 * divided down to stairwell units (六级网格), each level with its leader, and the mirrored party chain.
 */
class ShuangyashanSixLevelGridTest {
    static City city;
    static final Instant AT = Instant.parse("2025-06-02T01:00:00Z");

    @BeforeAll
    static void load() throws Exception {
        city = ExampleCities.load("shuangyashan");
    }

    static long count(String level, java.util.function.Predicate<JurisdictionNode> which) {
        var tree = city.jurisdiction();
        return tree.atLevel(tree.root().id(), new LevelId(level)).stream().filter(which).count();
    }

    @Test
    void theDivisionsAndTheReportsGridCountsAreThere() {
        assertThat(count("street", n -> true)).isEqualTo(110);
        assertThat(count("community", n -> true)).isEqualTo(760);
        assertThat(count("grid", n -> n.kind().equals("grid") && !n.isDedicated()
                && city.jurisdiction().parent(n.id()).orElseThrow().kind().equals("community"))).isEqualTo(1_366);
        assertThat(city.jurisdiction().dedicatedGridCount()).isEqualTo(104);
        assertThat(count("unit", n -> true)).as("(1,366 + 17 farm communities' grids) × 2 片区 × 2 区域 × 3 楼栋 × 2 单元").isEqualTo(33_192);
    }

    @Test
    void aUnitsSixLeadersAreFoundUpItsPath() {
        NodeId unit = new NodeId("230502001001-G01-P1-A2-B3-U2");
        var path = city.jurisdiction().path(unit);
        assertThat(path).extracting(n -> n.level().id().value()).containsExactly("city", "county", "street",
                "community", "grid", "piece", "area", "building", "unit");
        assertThat(city.jurisdiction().node(unit).name().zh()).isEqualTo("春城社区第1网格第1片区第2区域3号楼2单元");
        String[][] chain = {{"general-grid-leader", "230502001001"}, {"grid-leader", "230502001001-G01"},
                {"piece-leader", "230502001001-G01-P1"}, {"area-leader", "230502001001-G01-P1-A2"},
                {"building-leader", "230502001001-G01-P1-A2-B3"}, {"unit-leader", unit.value()}};
        for (String[] post : chain) {
            assertThat(city.roster().actingFor(new RoleTypeId(post[0]), RoleTarget.at(new NodeId(post[1])), AT))
                    .as("%s at %s", post[0], post[1]).isPresent();
        }
    }

    @Test
    void thePartyChainMirrorsTheGrid() {
        var orgs = city.organizations();
        assertThat(orgs.partyBodyFor(new NodeId("230502001001-G01-P1-A2")).orElseThrow().name().zh())
                .as("an area's party body is its piece's 网格党小组").endsWith("网格党小组");
        assertThat(orgs.partyBodyFor(new NodeId("230502001001-G01")).orElseThrow().name().zh()).endsWith("小区党支部");
        assertThat(orgs.partyBodyFor(new NodeId("230502001001")).orElseThrow().name().zh()).isEqualTo("春城社区党组织");
        assertThat(orgs.partyBodyFor(new NodeId("230502001")).orElseThrow().name().zh()).isEqualTo("二马路街道党工委");
    }
}
