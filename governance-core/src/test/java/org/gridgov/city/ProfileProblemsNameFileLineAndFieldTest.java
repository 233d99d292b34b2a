package org.gridgov.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentSource;
import org.gridgov.profile.ProfileReader;
import org.junit.jupiter.api.Test;

/** Each test breaks one thing in the small city's profile and checks the problem points at it. */
class ProfileProblemsNameFileLineAndFieldTest {
    static final String BASE = resource();

    static String resource() {
        try (var in = ProfileProblemsNameFileLineAndFieldTest.class.getResourceAsStream("small-city.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the profile with one text replaced; returns the problems and the 1-based line of the change. */
    static List<DocumentProblem> problemsAfter(String from, String to) {
        assertThat(BASE).contains(from);
        String text = BASE.replace(from, to);
        try {
            CityLoader.load(ProfileReader.read("small-city.yaml", text),
                    DocumentSource.classpath(ProfileProblemsNameFileLineAndFieldTest.class.getClassLoader(),
                            "org/gridgov/city"));
        } catch (DocumentException e) {
            return e.problems();
        }
        throw new AssertionError("the broken profile was accepted");
    }

    static int lineOf(String text) {
        String changed = BASE.substring(0, BASE.indexOf(text));
        return (int) changed.chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void aMisspeltKeyListsTheExpectedOnes() {
        List<DocumentProblem> problems = problemsAfter("  - {id: grid-leader, name:", "  - {id: grid-leader, nmae:");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("small-city.yaml");
            assertThat(p.line()).isEqualTo(lineOf("  - {id: grid-leader, name:"));
            assertThat(p.field()).isEqualTo("roleTypes[0].nmae");
            assertThat(p.message().en()).contains("unknown field 'nmae'").contains("scope");
        });
    }

    @Test
    void aNameWithoutItsChineseTextIsAProblemAtItsLine() {
        // Found by fuzzing: {en: …} without zh made the loader throw a NullPointerException.
        List<DocumentProblem> problems = problemsAfter("name: {zh: 噪音, en: noise}", "name: {en: noise}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lineOf("  - {id: env.noise"));
            assertThat(p.field()).isEqualTo("categories[1].name.zh");
            assertThat(p.message().en()).isEqualTo("the name has no Chinese text (zh)");
        });
    }

    @Test
    void aWrongEnumValueSaysWhichAreAllowed() {
        List<DocumentProblem> problems = problemsAfter("scope: organization}", "scope: department}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("roleTypes[2].scope");
            assertThat(p.line()).isEqualTo(lineOf("  - {id: secretary"));
            assertThat(p.message().en()).contains("'department'").contains("node").contains("organization");
            assertThat(p.message().zh()).contains("无效");
        });
    }

    @Test
    void aCategoryInAnUnknownNetPointsAtTheCategory() {
        List<DocumentProblem> problems = problemsAfter("en: environment}, layer: safety}", "en: environment}, layer: trade}");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("categories[0].layer");
            assertThat(p.line()).isEqualTo(lineOf("  - {id: env, name:"));
            assertThat(p.message().en()).contains("'trade'");
            assertThat(p.message().zh()).contains("所属的网");
        });
    }

    @Test
    void anAssignmentToAnUnknownPersonPointsAtTheAssignment() {
        List<DocumentProblem> problems = problemsAfter("{person: p2, role: secretary", "{person: p9, role: secretary");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("assignments[2].person");
            assertThat(p.line()).isEqualTo(lineOf("  - {person: p2, role: secretary"));
            assertThat(p.message().en()).contains("p9");
        });
    }

    @Test
    void aDeclaredNodeWithAnUnknownParentPointsAtTheNode() {
        List<DocumentProblem> problems = problemsAfter("parent: 220202001001-G01, level: building",
                "parent: 220202001001-G09, level: building");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("jurisdiction.nodes[1].parent");
            assertThat(p.line()).isEqualTo(lineOf("    - {id: B1"));
        });
    }

    @Test
    void anInvalidPhoneIsReportedWithoutRepeatingIt() {
        List<DocumentProblem> problems = problemsAfter("phone: \"13800001111\"", "phone: \"1380000111x\"");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("people[0].phone");
            assertThat(p.toString()).doesNotContain("1380000111x");
        });
    }

    @Test
    void aMissingDivisionFileIsNamed() {
        List<DocumentProblem> problems = problemsAfter("divisions: tiny.json", "divisions: missing.json");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("jurisdiction.divisions");
            assertThat(p.message().en()).contains("missing.json");
        });
    }

    @Test
    void aPartyChainWithAnUnknownLevelIsReported() {
        List<DocumentProblem> problems = problemsAfter("  community: community-committee", "  village: community-committee");
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.field()).startsWith("partyChain"));
    }

    @Test
    void independentProblemsAreAllReportedAtOnce() {
        String text = BASE.replace("{id: env.noise, name: {zh: 噪音, en: noise}, parent: env}",
                "{id: env.noise, name: {zh: 噪音, en: noise}, parent: envx}").replace("zone: Asia/Shanghai", "zone: Mars/Base");
        try {
            CityLoader.load(ProfileReader.read("small-city.yaml", text), name -> "");
            throw new AssertionError("accepted");
        } catch (DocumentException e) {
            assertThat(e.problems()).extracting(DocumentProblem::field)
                    .containsExactlyInAnyOrder("zone", "categories[1].parent");
        }
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLine() {
        List<DocumentProblem> problems = problemsAfter("channels:\n  - {id: hotline-12345", "channels:\n  - {id: [hotline-12345");
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isGreaterThan(0));
    }

    @Test
    void aFileWithAnUnknownExtensionIsRefusedInWords() {
        try {
            ProfileReader.read("city.txt", "id: x");
            throw new AssertionError("accepted");
        } catch (DocumentException e) {
            assertThat(e.problems().get(0).message().en()).contains(".yaml");
        }
    }

    @Test
    void aCalendarForAnUnknownNodePointsAtTheCalendar() {
        List<DocumentProblem> problems = problemsAfter("  - node: \"220202\"", "  - node: \"999999\"");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("calendars[1].node");
            assertThat(p.line()).isEqualTo(lineOf("  - node: \"220202\""));
            assertThat(p.message().en()).contains("999999");
        });
    }

    @Test
    void overlappingWorkingPeriodsAndBackwardRunsAreReported() {
        assertThat(problemsAfter("{from: \"14:00\", until: \"18:00\"}", "{from: \"11:00\", until: \"18:00\"}"))
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("calendars[0].workingHours"));
        assertThat(problemsAfter("{from: 2024-09-07, until: 2024-09-08", "{from: 2024-09-07, until: 2024-09-01"))
                .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("calendars[1].workingDays[0].until"));
    }
}
