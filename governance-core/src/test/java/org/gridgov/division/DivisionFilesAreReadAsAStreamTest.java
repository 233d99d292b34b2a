package org.gridgov.division;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.junit.jupiter.api.Test;

class DivisionFilesAreReadAsAStreamTest {
    @Test
    void aCountryFileCountsItsDivisionsAndPlaceholdersAndHandsThemOverParentsFirst() throws DocumentException {
        List<String> order = new ArrayList<>();
        DivisionData data = DivisionReader.read("country.json",
                DivisionImportTest.resource("/org/gridgov/city/country.json"),
                (d, parent) -> order.add((parent == null ? "-" : parent.id()) + ">" + d.id()));
        assertThat(data.rootName()).isEqualTo("中华人民共和国");
        assertThat(data.count(DivisionLevel.COUNTRY)).isEqualTo(1);
        assertThat(data.count(DivisionLevel.PROVINCE)).isEqualTo(3);
        assertThat(data.count(DivisionLevel.COMMUNITY)).isEqualTo(5);
        assertThat(data.placeholders()).isEqualTo(3);
        assertThat(data.total()).isEqualTo(order.size());
        assertThat(order).startsWith("->CN", "CN>11", "11>1101", "1101>110105");
    }

    @Test
    void aCountryBelowAProvinceACountryWithACodeAndChildrenBeforeTheLevelAreLocated() {
        List<DocumentProblem> problems = DivisionImportTest.problemsReading("country-misplaced.json");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("tree.children[1].level");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message().en()).contains("level country is not below its parent's level province");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("tree.children[2].level");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message().en()).contains("missing 'level' (it must come before 'children')");
        });
        String withCode = "{\"tree\": {\"code\": \"86\", \"name\": \"中国\", \"level\": \"country\"}}";
        DocumentException e = catchThrowableOfType(DocumentException.class,
                () -> DivisionReader.read("c.json", withCode));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("tree.code");
            assertThat(p.column()).isGreaterThan(1);
            assertThat(p.message().en()).contains("the country level has no division code");
        });
    }

    @Test
    void afterTheFirstProblemNothingMoreIsHandedOverAndTheProblemsBeyondAHundredAreCounted() {
        StringBuilder b = new StringBuilder("{\"tree\": {\"code\": \"2202\", \"name\": \"吉林市\", \"level\": \"city\","
                + " \"children\": [{\"code\": \"220202\", \"name\": \"昌邑区\", \"level\": \"county\"}");
        for (int i = 0; i < 150; i++) {
            b.append(",\n{\"code\": \"2203").append(String.format("%02d", i % 100)).append("\", \"name\": \"外区\","
                    + " \"level\": \"county\"}");
        }
        b.append(",\n{\"code\": \"220203\", \"name\": \"龙潭区\", \"level\": \"county\"}]}}");
        List<String> handed = new ArrayList<>();
        DocumentException e = catchThrowableOfType(DocumentException.class,
                () -> DivisionReader.read("many.json", b.toString(), (d, p) -> handed.add(d.id())));
        assertThat(handed).containsExactly("2202", "220202");
        assertThat(e.problems()).hasSize(DivisionScanner.MAX_PROBLEMS + 1);
        assertThat(e.problems().get(0).line()).isEqualTo(2);
        assertThat(e.problems().get(DivisionScanner.MAX_PROBLEMS).message().en())
                .isEqualTo("and 50 more problems not listed");
    }

    @Test
    void aByteOrderMarkIsSkippedAndInvalidUtf8IsALocatedSyntaxError() throws DocumentException {
        String tiny = DivisionImportTest.resource(DivisionImportTest.TINY);
        assertThat(DivisionReader.read("tiny.json", "\uFEFF" + tiny).rootName()).isEqualTo("吉林市");
        byte[] bytes = ("\uFEFF" + tiny).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(DivisionReader.read("tiny.json", new java.io.ByteArrayInputStream(bytes), (d, p) -> { })
                .rootName()).isEqualTo("吉林市");
        byte[] broken = "{\"tree\": {\"code\": \"2202\", \"name\": \"\u00ff\"}}".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1);
        DocumentException e = catchThrowableOfType(DocumentException.class,
                () -> DivisionReader.read("b.json", new java.io.ByteArrayInputStream(broken), (d, p) -> { }));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message().en()).isNotBlank();
        });
    }
}
