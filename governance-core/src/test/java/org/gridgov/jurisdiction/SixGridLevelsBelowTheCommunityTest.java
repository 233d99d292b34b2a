package org.gridgov.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.jurisdiction.LevelScheme.level;

import java.util.List;
import org.gridgov.i18n.Bilingual;
import org.junit.jupiter.api.Test;

/** Shuangyashan's 六级网格: 总网格—网格—片—区域—楼栋—单元 below the community, one leader per level. */
class SixGridLevelsBelowTheCommunityTest {
    static final LevelScheme SHUANGYASHAN = LevelScheme.of(List.of(
            level("city", "市", "city", LevelKind.ADMINISTRATIVE),
            level("district", "县区", "district", LevelKind.ADMINISTRATIVE),
            level("street", "街道", "street", LevelKind.ADMINISTRATIVE),
            level("community", "社区", "community", LevelKind.ADMINISTRATIVE),
            level("chief-grid", "总网格", "chief grid", LevelKind.GRID),
            level("grid", "网格", "grid", LevelKind.GRID),
            level("area", "片", "area", LevelKind.GRID),
            level("zone", "区域", "zone", LevelKind.GRID),
            level("building", "楼栋", "building", LevelKind.GRID),
            level("unit", "单元", "unit", LevelKind.GRID)));

    @Test
    void aUnitFindsTheNodeAtEachOfTheSixGridLevelsAboveIt() {
        String[] levels = {"chief-grid", "grid", "area", "zone", "building", "unit"};
        JurisdictionBuilder b = Jurisdiction.builder(SHUANGYASHAN, List.of())
                .add(NodeSpec.root("2305", "city", Bilingual.zh("双鸭山市")).withCode(new DivisionCode("2305")))
                .add(NodeSpec.child("230502", "2305", "district", Bilingual.zh("尖山区")).withCode(new DivisionCode("230502")))
                .add(NodeSpec.child("230502001", "230502", "street", Bilingual.zh("某街道")).withCode(new DivisionCode("230502001")))
                .add(NodeSpec.child("230502001001", "230502001", "community", Bilingual.zh("某社区"))
                        .withCode(new DivisionCode("230502001001")));
        String parent = "230502001001";
        for (String l : levels) {
            String id = parent + "/" + l;
            b.add(NodeSpec.child(id, parent, l, Bilingual.zh(l)));
            parent = id;
        }
        Jurisdiction tree = b.build();
        NodeId unit = new NodeId(parent);
        assertThat(tree.path(unit)).hasSize(10);
        for (String l : levels) {
            assertThat(tree.ancestorAtLevel(unit, new LevelId(l)).orElseThrow().level().id().value()).isEqualTo(l);
        }
        assertThat(tree.atLevel(tree.root().id(), new LevelId("zone"))).hasSize(1);
        assertThat(SHUANGYASHAN.levels().stream().filter(x -> x.kind() == LevelKind.GRID)).hasSize(6);
    }

    @Test
    void anAdministrativeLevelCannotSitBelowAGridLevel() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LevelScheme.of(List.of(
                        level("grid", "网格", "grid", LevelKind.GRID),
                        level("community", "社区", "community", LevelKind.ADMINISTRATIVE))))
                .hasMessageContaining("community");
    }
}
