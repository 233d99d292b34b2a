package org.gridgov.city;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridgov.division.Placeholders;
import org.gridgov.document.DocumentException;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.jurisdiction.NodeLookup;
import org.junit.jupiter.api.Test;

/** A country above the provinces, its placeholder divisions kept and named, and lookups that say when a name repeats. */
class TheWholeCountryIsOneTreeTest {
    static City country() throws DocumentException {
        return CityLoader.loadResource(TheWholeCountryIsOneTreeTest.class.getClassLoader(),
                "org/gridgov/city/country.yaml");
    }

    @Test
    void theCountryWithoutACodeIsTheRootAboveTheProvinces() throws DocumentException {
        Jurisdiction tree = country().jurisdiction();
        assertThat(tree.root().id()).isEqualTo(new NodeId("CN"));
        assertThat(tree.root().code()).isEmpty();
        assertThat(tree.root().level().id()).isEqualTo(new LevelId("country"));
        assertThat(tree.children(tree.root().id())).extracting(n -> n.name().zh())
                .containsExactly("北京市", "广东省", "海南省");
        assertThat(tree.path(new NodeId("110105020001"))).extracting(n -> n.id().value())
                .containsExactly("CN", "11", "1101", "110105", "110105020", "110105020001");
        assertThat(country().divisions().orElseThrow().placeholders()).isEqualTo(3);
    }

    @Test
    void placeholderDivisionsAreKeptAndMarked() throws DocumentException {
        Jurisdiction tree = country().jurisdiction();
        assertThat(tree.node(new NodeId("1101")).kind()).isEqualTo(Placeholders.KIND); // 北京 市辖区
        assertThat(tree.node(new NodeId("4690")).kind()).isEqualTo(Placeholders.KIND); // 省直辖县级行政区划
        assertThat(tree.node(new NodeId("441900")).kind()).isEqualTo(Placeholders.KIND); // 东莞's county-level copy
        assertThat(tree.node(new NodeId("4419")).kind()).isNotEqualTo(Placeholders.KIND);
        assertThat(tree.node(new NodeId("110105")).kind()).isNotEqualTo(Placeholders.KIND);
    }

    @Test
    void aNameThatSeveralNodesCarryListsThemAllInsteadOfChoosingOne() throws DocumentException {
        Jurisdiction tree = country().jurisdiction();
        NodeLookup dongguan = tree.lookup("东莞市");
        assertThat(dongguan.isAmbiguous()).isTrue();
        assertThat(dongguan.unique()).isEmpty();
        assertThat(dongguan.matches()).extracting(n -> n.id().value()).containsExactly("4419", "441900");
        assertThat(dongguan.problem().en()).contains("names 2 nodes", "4419 东莞市 (city)",
                "441900 东莞市 (county, placeholder)", "write its id or code");
        assertThat(dongguan.problem().zh()).contains("对应 2 个节点", "请写编号或区划代码");
        assertThat(tree.lookup("4419").orElseThrow().name().zh()).isEqualTo("东莞市");
        assertThat(tree.lookup("东城社区").orElseThrow().id().value()).isEqualTo("441900003001");
        assertThat(tree.lookup("东城社区 grid 2").orElseThrow().id().value()).isEqualTo("441900003001-G02");
        assertThat(tree.lookup("火星").isEmpty()).isTrue();
        assertThat(tree.lookup("火星").problem().en()).contains("no node, division code or name '火星'");
    }

    @Test
    void unitsNumbered400To599NamedLikeCommunitiesGetTheCommunityGridPlan() throws DocumentException {
        Jurisdiction tree = country().jurisdiction();
        // perCommunity 3, perVillage 1
        assertThat(tree.children(new NodeId("110105020001"))).hasSize(3); // 001-199: residents' committee
        assertThat(tree.children(new NodeId("110105020400"))).hasSize(3); // 机场工作区社区
        assertThat(tree.children(new NodeId("441900003500"))).hasSize(1); // 某农场生活区: not named like one
        assertThat(tree.children(new NodeId("441900003201"))).hasSize(1); // 200-399: village
    }
}
