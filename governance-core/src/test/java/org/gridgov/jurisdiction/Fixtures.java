package org.gridgov.jurisdiction;

import static org.gridgov.jurisdiction.LevelScheme.level;

import java.util.List;
import java.util.Set;
import org.gridgov.i18n.Bilingual;

/** Small hand-made trees for scenario tests. */
final class Fixtures {
    static final LevelScheme LEVELS = LevelScheme.of(List.of(
            level("city", "市", "city", LevelKind.ADMINISTRATIVE),
            level("district", "区县", "district", LevelKind.ADMINISTRATIVE),
            level("street", "街道", "street", LevelKind.ADMINISTRATIVE),
            level("community", "社区", "community", LevelKind.ADMINISTRATIVE),
            level("grid", "网格", "grid", LevelKind.GRID),
            level("building", "楼栋", "building", LevelKind.GRID)));

    static final List<Layer> LAYERS = List.of(
            new Layer(new LayerId("party"), Bilingual.of("党建网", "party")),
            new Layer(new LayerId("safety"), Bilingual.of("平安网", "safety")));

    private Fixtures() {
    }

    static NodeSpec admin(String code, String parent, String level, String name) {
        NodeSpec s = parent == null ? NodeSpec.root(code, level, Bilingual.zh(name))
                : NodeSpec.child(code, parent, level, Bilingual.zh(name));
        return s.withCode(new DivisionCode(code));
    }

    /** 吉林市 → 昌邑区 → two streets → one community each → grids, one dedicated to a school. */
    static List<NodeSpec> cityWithTwoStreetsSpecs() {
        Set<LayerId> both = Set.of(new LayerId("party"), new LayerId("safety"));
        return List.of(
                admin("2202", null, "city", "吉林市"),
                admin("220202", "2202", "district", "昌邑区"),
                admin("220202001", "220202", "street", "兴华街道"),
                admin("220202002", "220202", "street", "文庙街道"),
                admin("220202001001", "220202001", "community", "东厂宅社区"),
                admin("220202002001", "220202002", "community", "维北社区"),
                NodeSpec.child("G1", "220202001001", "grid", Bilingual.zh("东厂宅第1网格")).withLayers(both),
                NodeSpec.child("G2", "220202001001", "grid", Bilingual.zh("东厂宅第2网格")).withLayers(both),
                NodeSpec.child("G3", "220202002001", "grid", Bilingual.zh("维北第1网格")).withLayers(both),
                NodeSpec.child("S1", "220202002001", "grid", Bilingual.zh("维北小学专属网格"))
                        .dedicatedTo("school").withLayers(Set.of(new LayerId("safety"))),
                NodeSpec.child("B1", "G1", "building", Bilingual.zh("1号楼")));
    }

    static Jurisdiction cityWithTwoStreets() {
        return Jurisdiction.builder(LEVELS, LAYERS).addAll(cityWithTwoStreetsSpecs()).build();
    }

    static NodeId id(String value) {
        return new NodeId(value);
    }
}
