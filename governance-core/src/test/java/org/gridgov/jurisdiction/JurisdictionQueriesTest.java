package org.gridgov.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.jurisdiction.Fixtures.cityWithTwoStreets;
import static org.gridgov.jurisdiction.Fixtures.id;

import org.junit.jupiter.api.Test;

class JurisdictionQueriesTest {
    private final Jurisdiction city = cityWithTwoStreets();

    private static java.util.List<String> ids(java.util.List<JurisdictionNode> nodes) {
        return nodes.stream().map(n -> n.id().value()).toList();
    }

    @Test
    void aBuildingKnowsItsWholePathToTheCity() {
        assertThat(ids(city.path(id("B1"))))
                .containsExactly("2202", "220202", "220202001", "220202001001", "G1", "B1");
        assertThat(ids(city.ancestors(id("B1"))))
                .containsExactly("G1", "220202001001", "220202001", "220202", "2202");
        assertThat(city.parent(id("B1")).orElseThrow().id()).isEqualTo(id("G1"));
        assertThat(city.parent(id("2202"))).isEmpty();
        assertThat(city.node(id("B1")).depth()).isEqualTo(5);
    }

    @Test
    void nodesAreFoundByIdAndByOfficialCode() {
        assertThat(city.byCode(new DivisionCode("220202002001")).orElseThrow().name().zh()).isEqualTo("维北社区");
        assertThat(city.byCode(new DivisionCode("220202002999"))).isEmpty();
        assertThat(city.find(id("nope"))).isEmpty();
        assertThat(city.contains(id("G3"))).isTrue();
        assertThatThrownBy(() -> city.node(id("nope"))).hasMessageContaining("nope");
    }

    @Test
    void nodesAreLookedUpAsPeopleWriteThem() {
        assertThat(city.lookup("G3").orElseThrow().name().zh()).isEqualTo("维北第1网格");
        assertThat(city.lookup("220202002001").orElseThrow().name().zh()).isEqualTo("维北社区");
        assertThat(city.lookup("维北小学专属网格").orElseThrow().id()).isEqualTo(id("S1"));
        assertThat(city.lookup("火星").isEmpty()).isTrue();
        assertThat(city.lookup(" ").isEmpty()).isTrue();
        assertThat(city.lookup(null).isEmpty()).isTrue();
    }

    @Test
    void childrenKeepTheirOrderAndSubtreesAreComplete() {
        assertThat(ids(city.children(id("220202")))).containsExactly("220202001", "220202002");
        assertThat(ids(city.subtree(id("220202001"))))
                .containsExactly("220202001", "220202001001", "G1", "B1", "G2");
        assertThat(city.subtreeSize(id("2202"))).isEqualTo(city.size()).isEqualTo(11);
        assertThat(city.children(id("B1"))).isEmpty();
    }

    @Test
    void nodesAtALevelWithinAStreet() {
        LevelId grid = new LevelId("grid");
        assertThat(ids(city.atLevel(id("220202002"), grid))).containsExactly("G3", "S1");
        assertThat(ids(city.atLevel(id("2202"), grid))).containsExactly("G1", "G2", "G3", "S1");
        assertThat(ids(city.atLevel(id("G1"), grid))).containsExactly("G1");
    }

    @Test
    void theStreetAboveAGridAndNothingAboveTheStreetLevelOfADistrict() {
        assertThat(city.ancestorAtLevel(id("B1"), new LevelId("street")).orElseThrow().name().zh())
                .isEqualTo("兴华街道");
        assertThat(city.ancestorAtLevel(id("G3"), new LevelId("grid")).orElseThrow().id()).isEqualTo(id("G3"));
        assertThat(city.ancestorAtLevel(id("220202"), new LevelId("street"))).isEmpty();
        assertThatThrownBy(() -> city.ancestorAtLevel(id("G3"), new LevelId("province")))
                .hasMessageContaining("province");
    }

    @Test
    void lowestCommonAncestorOfGridsInTwoStreetsIsTheDistrict() {
        assertThat(city.lowestCommonAncestor(id("B1"), id("S1")).id()).isEqualTo(id("220202"));
        assertThat(city.lowestCommonAncestor(id("B1"), id("G2")).id()).isEqualTo(id("220202001001"));
        assertThat(city.lowestCommonAncestor(id("G1"), id("B1")).id()).isEqualTo(id("G1"));
        assertThat(city.isAncestorOrSelf(id("220202001"), id("B1"))).isTrue();
        assertThat(city.isAncestorOrSelf(id("220202002"), id("B1"))).isFalse();
    }

    @Test
    void dedicatedGridsAndLayersAreKept() {
        JurisdictionNode school = city.node(id("S1"));
        assertThat(school.isDedicated()).isTrue();
        assertThat(school.dedicatedSite()).contains("school");
        assertThat(school.layers()).containsExactly(new LayerId("safety"));
        assertThat(city.node(id("G1")).layers()).containsExactlyInAnyOrder(new LayerId("party"), new LayerId("safety"));
        assertThat(city.node(id("G1")).isDedicated()).isFalse();
        assertThat(city.dedicatedGridCount()).isEqualTo(1);
    }

    @Test
    void countsPerLevelIncludeEmptyLevels() {
        var counts = city.countsByLevel();
        assertThat(counts.values()).containsExactly(1, 1, 2, 2, 4, 1);
        assertThat(counts.keySet().iterator().next().id()).isEqualTo(new LevelId("city"));
    }

    @Test
    void nodeViewsAreEqualValues() {
        assertThat(city.node(id("G1"))).isEqualTo(city.node(id("G1")));
        assertThat(city.node(id("G1")).toString()).isEqualTo("东厂宅第1网格[G1]");
    }
}
