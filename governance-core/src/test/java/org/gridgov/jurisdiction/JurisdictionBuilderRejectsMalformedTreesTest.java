package org.gridgov.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.jurisdiction.Fixtures.LAYERS;
import static org.gridgov.jurisdiction.Fixtures.LEVELS;
import static org.gridgov.jurisdiction.Fixtures.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;
import org.gridgov.validation.ProblemAssertions;
import org.junit.jupiter.api.Test;

class JurisdictionBuilderRejectsMalformedTreesTest {

    private static List<Problem> problemsOf(List<NodeSpec> specs) {
        return ProblemAssertions.problemsOf(Jurisdiction.builder(LEVELS, LAYERS).addAll(specs)::build);
    }

    private static List<NodeSpec> valid() {
        return new ArrayList<>(Fixtures.cityWithTwoStreetsSpecs());
    }

    @Test
    void nodesMayComeInAnyOrder() {
        List<NodeSpec> shuffled = valid();
        Collections.reverse(shuffled);
        Jurisdiction t = Jurisdiction.builder(LEVELS, LAYERS).addAll(shuffled).build();
        assertThat(t.size()).isEqualTo(11);
        assertThat(t.root().id().value()).isEqualTo("2202");
    }

    @Test
    void duplicateIdIsNamed() {
        List<NodeSpec> specs = valid();
        specs.add(NodeSpec.child("G1", "220202002001", "grid", Bilingual.zh("重复")));
        assertThat(problemsOf(specs)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("G1");
            assertThat(p.field()).isEqualTo("id");
            assertThat(p.message().en()).contains("duplicate node id G1");
        });
    }

    @Test
    void unknownParentIsNamed() {
        List<NodeSpec> specs = valid();
        specs.add(NodeSpec.child("G9", "220202009009", "grid", Bilingual.zh("孤儿网格")));
        assertThat(problemsOf(specs)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("G9");
            assertThat(p.field()).isEqualTo("parent");
            assertThat(p.message().zh()).contains("220202009009");
        });
    }

    @Test
    void aCycleIsNamedWithItsMembers() {
        List<NodeSpec> specs = valid();
        specs.add(NodeSpec.child("X", "Y", "grid", Bilingual.zh("X")));
        specs.add(NodeSpec.child("Y", "X", "building", Bilingual.zh("Y")));
        List<Problem> problems = problemsOf(specs);
        assertThat(problems).anySatisfy(p -> assertThat(p.message().en()).contains("cycle").contains("X").contains("Y"));
    }

    @Test
    void aChildAtItsParentsLevelViolatesTheLevelOrder() {
        List<NodeSpec> specs = valid();
        specs.add(NodeSpec.child("G4", "G1", "grid", Bilingual.zh("网格下的网格")));
        assertThat(problemsOf(specs)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("G4");
            assertThat(p.field()).isEqualTo("level");
            assertThat(p.message().en()).contains("not below its parent G1");
        });
    }

    @Test
    void skippingALevelIsAllowed() {
        List<NodeSpec> specs = valid();
        specs.add(NodeSpec.child("M1", "220202001", "grid", Bilingual.zh("市场专属网格")).dedicatedTo("market"));
        assertThat(Jurisdiction.builder(LEVELS, LAYERS).addAll(specs).build().size()).isEqualTo(12);
    }

    @Test
    void secondRootAndMissingRootAreReported() {
        List<NodeSpec> specs = valid();
        specs.add(admin("2203", null, "city", "四平市"));
        assertThat(problemsOf(specs)).singleElement()
                .satisfies(p -> assertThat(p.message().en()).contains("root is already 2202"));
        List<NodeSpec> rootless = List.of(NodeSpec.child("A", "B", "grid", Bilingual.zh("A")),
                NodeSpec.child("B", "A", "building", Bilingual.zh("B")));
        assertThat(problemsOf(rootless)).anySatisfy(p -> assertThat(p.message().en()).contains("no root"));
    }

    @Test
    void unknownLevelLayerAndForeignCodeAreReported() {
        List<NodeSpec> specs = valid();
        specs.add(NodeSpec.child("Z1", "G1", "floor", Bilingual.zh("楼层")));
        specs.add(NodeSpec.child("Z2", "G1", "building", Bilingual.zh("2号楼")).withLayers(Set.of(new LayerId("health"))));
        specs.add(admin("220301001", "220202", "street", "外市街道"));
        specs.add(admin("220202001001", "220202002", "street", "重码").withKind("x"));
        List<Problem> problems = problemsOf(specs);
        assertThat(problems).extracting(Problem::field).contains("level", "layers", "code", "id");
        assertThat(problems).anySatisfy(p -> assertThat(p.message().en()).contains("unknown level 'floor'"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message().en()).contains("unknown layer 'health'"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message().en()).contains("outside its parent's code"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<NodeSpec> specs = valid();
        specs.add(NodeSpec.child("G9", "nowhere", "grid", Bilingual.zh("孤儿")));
        specs.add(NodeSpec.child("G4", "G1", "grid", Bilingual.zh("同级")));
        assertThatThrownBy(() -> Jurisdiction.builder(LEVELS, LAYERS).addAll(specs).build())
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("2 problem(s)").hasMessageContaining("G9").hasMessageContaining("G4");
    }

    @Test
    void anEmptyBuilderIsRefused() {
        assertThatThrownBy(() -> Jurisdiction.builder(LEVELS, LAYERS).build())
                .hasMessageContaining("no nodes");
    }
}
