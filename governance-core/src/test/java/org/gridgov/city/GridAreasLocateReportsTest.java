package org.gridgov.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.document.DocumentProblem;
import org.gridgov.geo.GeoPoint;
import org.gridgov.jurisdiction.NodeId;
import org.junit.jupiter.api.Test;

/**
 * The small city draws its first grid inside its first community: a point in the grid is the grid's, a point
 * elsewhere in the community the community's, a point outside both nobody's; a broken area is a problem at its
 * entry.
 */
class GridAreasLocateReportsTest {

    @Test
    void theDeepestAreaHoldingAPointIsItsNode() throws Exception {
        City city = SmallCityProfileLoadsTest.smallCity();
        assertThat(city.areas().size()).isEqualTo(2);
        assertThat(city.areas().locate(new GeoPoint(43.805, 126.505))).contains(new NodeId("220202001001-G01"));
        assertThat(city.areas().locate(new GeoPoint(43.82, 126.52))).contains(new NodeId("220202001001"));
        assertThat(city.areas().locate(new GeoPoint(43.70, 126.52))).isEmpty();
    }

    @Test
    void anAreaOfAnUnknownNodeIsAProblemAtItsEntry() {
        List<DocumentProblem> problems = ProfileProblemsNameFileLineAndFieldTest.problemsAfter(
                "{node: 220202001001-G01, polygon", "{node: 220202001001-G99, polygon");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("jurisdiction.areas[0].node");
            assertThat(p.line()).isEqualTo(ProfileProblemsNameFileLineAndFieldTest.lineOf("    - {node: 220202001001-G01"));
            assertThat(p.message().en()).contains("220202001001-G99");
        });
    }

    @Test
    void aCornerOutOfRangeOrTooFewCornersAreProblems() {
        assertThat(ProfileProblemsNameFileLineAndFieldTest.problemsAfter("[[126.50, 43.80], [126.51, 43.80]",
                "[[126.50, 93.80], [126.51, 43.80]")).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("jurisdiction.areas[0].polygon[0]");
                    assertThat(p.message().zh()).contains("经度");
                });
        assertThat(ProfileProblemsNameFileLineAndFieldTest.problemsAfter(
                "[[126.50, 43.80], [126.51, 43.80], [126.51, 43.81], [126.50, 43.81]]", "[[126.50, 43.80], [126.51, 43.80]]"))
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("jurisdiction.areas[0].polygon"));
        assertThat(ProfileProblemsNameFileLineAndFieldTest.problemsAfter(
                "[[126.50, 43.80], [126.51, 43.80], [126.51, 43.81], [126.50, 43.81]]",
                "[[126.50, 43.80], [126.51, 43.81], [126.52, 43.82]]")).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("jurisdiction.areas[0].polygon");
                    assertThat(p.message().en()).contains("one line");
                });
    }
}
