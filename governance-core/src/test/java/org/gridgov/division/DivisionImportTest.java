package org.gridgov.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.jurisdiction.DivisionCode;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.LayerId;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.jurisdiction.LevelScheme;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.jurisdiction.NodeSpec;
import org.gridgov.validation.InvalidModelException;
import org.junit.jupiter.api.Test;

class DivisionImportTest {
    /** Shared with the small city profile of the city tests. */
    static final String TINY = "/org/gridgov/city/tiny.json";

    static final Map<DivisionLevel, LevelId> LEVELS = Map.of(
            DivisionLevel.CITY, new LevelId("city"), DivisionLevel.COUNTY, new LevelId("district"),
            DivisionLevel.STREET, new LevelId("street"), DivisionLevel.COMMUNITY, new LevelId("community"));

    static String resource(String name) {
        try (var in = DivisionImportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DocumentProblem> problemsReading(String name) {
        try {
            DivisionReader.read(name, resource(name));
        } catch (DocumentException e) {
            return e.problems();
        }
        throw new AssertionError(name + " was accepted");
    }

    @Test
    void readsTheTreeAndItsProvenanceIgnoringUnknownFields() throws DocumentException {
        DivisionData data = DivisionReader.read("tiny.json", resource(TINY));
        assertThat(data.source()).isEqualTo("hand-made test data");
        assertThat(data.license()).isEqualTo("CC0");
        assertThat(data.ancestors()).containsExactly("吉林省");
        assertThat(data.rootName()).isEqualTo("吉林市");
        assertThat(data.count(DivisionLevel.COMMUNITY)).isEqualTo(2);
        assertThat(data.count(DivisionLevel.STREET)).isEqualTo(1);
    }

    @Test
    void gridsAreGeneratedByThePlanBelowCommunitiesAndVillages() throws DocumentException {
        Set<LayerId> layers = Set.of(new LayerId("party"), new LayerId("safety"));
        GridPlan plan = new GridPlan(new LevelId("grid"), 3, 1,
                Map.of(new DivisionCode("220202001201"), 2), layers);
        List<NodeSpec> specs = DivisionImport.nodes("tiny.json", resource(TINY), LEVELS, Optional.of(plan));
        Jurisdiction tree = Jurisdiction.builder(scheme(), List.of(
                new org.gridgov.jurisdiction.Layer(new LayerId("party"), org.gridgov.i18n.Bilingual.zh("党建网")),
                new org.gridgov.jurisdiction.Layer(new LayerId("safety"), org.gridgov.i18n.Bilingual.zh("平安网"))))
                .addAll(specs).build();
        assertThat(tree.children(new NodeId("220202001001"))).extracting(n -> n.id().value())
                .containsExactly("220202001001-G01", "220202001001-G02", "220202001001-G03");
        assertThat(tree.children(new NodeId("220202001201"))).hasSize(2);
        var grid = tree.node(new NodeId("220202001001-G02"));
        assertThat(grid.name().zh()).isEqualTo("东厂宅社区第2网格");
        assertThat(grid.layers()).isEqualTo(layers);
        assertThat(grid.code()).isEmpty();
        assertThat(tree.byCode(new DivisionCode("220202001")).orElseThrow().kind()).isEqualTo("subdistrict");
    }

    @Test
    void anUrbanCommunitysGridsAreDividedLevelByLevelAndAVillagesStayWhole() throws DocumentException {
        GridPlan plan = new GridPlan(new LevelId("grid"), 2, 1, Map.of(), Set.of(), List.of(
                new GridPlan.Below(new LevelId("piece"), 2, "P", "第{n}片", "piece {n}", "piece"),
                new GridPlan.Below(new LevelId("building"), 12, "B", "{n}号楼", "building {n}", "building")));
        List<NodeSpec> specs = DivisionImport.nodes("tiny.json", resource(TINY), LEVELS, Optional.of(plan));
        Jurisdiction tree = Jurisdiction.builder(LevelScheme.of(List.of(
                LevelScheme.level("city", "市", "city", LevelKind.ADMINISTRATIVE),
                LevelScheme.level("district", "区县", "district", LevelKind.ADMINISTRATIVE),
                LevelScheme.level("street", "街道", "street", LevelKind.ADMINISTRATIVE),
                LevelScheme.level("community", "社区", "community", LevelKind.ADMINISTRATIVE),
                LevelScheme.level("grid", "网格", "grid", LevelKind.GRID),
                LevelScheme.level("piece", "片", "piece", LevelKind.GRID),
                LevelScheme.level("building", "楼栋", "building", LevelKind.GRID))), List.of()).addAll(specs).build();
        assertThat(tree.children(new NodeId("220202001001-G02"))).extracting(n -> n.id().value())
                .containsExactly("220202001001-G02-P1", "220202001001-G02-P2");
        var building = tree.node(new NodeId("220202001001-G02-P1-B07"));
        assertThat(building.name().zh()).isEqualTo("东厂宅社区第2网格第1片7号楼");
        assertThat(building.name().en()).endsWith("grid 2 piece 1 building 7");
        assertThat(building.kind()).isEqualTo("building");
        assertThat(tree.subtreeSize(new NodeId("220202001001"))).as("1 + 2 × (1 + 2 × (1 + 12))").isEqualTo(55);
        assertThat(tree.subtree(new NodeId("220202001201"))).as("a village's grid stays whole").hasSize(2);
    }

    @Test
    void theDefaultPlanGivesTenGridsPerCommunityAndTwoPerVillage() {
        GridPlan plan = GridPlan.defaults(new LevelId("grid"), Set.of());
        assertThat(plan.gridsFor(new DivisionCode("220202001001"), "东厂宅社区")).isEqualTo(10);
        assertThat(plan.gridsFor(new DivisionCode("220202001201"), "某村委会")).isEqualTo(2);
        assertThat(GridPlan.gridId(new DivisionCode("220202001001"), 123)).isEqualTo("220202001001-G123");
    }

    @Test
    void anUnmappedDivisionLevelIsRefused() {
        assertThatThrownBy(() -> DivisionImport.nodes("tiny.json", resource(TINY),
                Map.of(DivisionLevel.CITY, new LevelId("city")), Optional.empty()))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("county").hasMessageContaining("street");
    }

    @Test
    void badCodesAndLevelsAreReportedWithLineAndField() {
        List<DocumentProblem> problems = problemsReading("bad-code.json");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("tree.children[0].children[0].code");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message().en()).contains("22020200");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("tree.children[0].children[1].code");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message().en()).contains("does not extend its parent's code 220202");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("tree.children[0].children[2].level");
            assertThat(p.message().en()).contains("'town'");
        });
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() {
        assertThat(problemsReading("syntax.json")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("syntax.json");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message().en()).startsWith("syntax error");
        });
    }

    static LevelScheme scheme() {
        return LevelScheme.of(List.of(
                LevelScheme.level("city", "市", "city", LevelKind.ADMINISTRATIVE),
                LevelScheme.level("district", "区县", "district", LevelKind.ADMINISTRATIVE),
                LevelScheme.level("street", "街道", "street", LevelKind.ADMINISTRATIVE),
                LevelScheme.level("community", "社区", "community", LevelKind.ADMINISTRATIVE),
                LevelScheme.level("grid", "网格", "grid", LevelKind.GRID)));
    }
}
