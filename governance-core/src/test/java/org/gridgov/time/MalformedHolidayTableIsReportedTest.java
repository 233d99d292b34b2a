package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.junit.jupiter.api.Test;

/** {@link HolidayTable#parse}: every problem of a hand-written table, with its line, in one pass. */
class MalformedHolidayTableIsReportedTest {

    private static List<DocumentProblem> problems(String text) {
        DocumentException e = catchThrowableOfType(DocumentException.class, () -> HolidayTable.parse("h.csv", text));
        assertThat(e).as("parse should fail").isNotNull();
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("h.csv"));
        return e.problems();
    }

    @Test
    void aWellFormedTableIsRead() throws DocumentException {
        HolidayTable t = HolidayTable.parse("h.csv", """
                # comment
                covers,2024,2024

                2024-01-01,holiday,元旦,New Year's Day\r
                2024-02-04,workday,春节,Spring Festival
                """);
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.covers(2024)).isTrue();
        assertThat(t.covers(2025)).isFalse();
        assertThat(t.find(LocalDate.of(2024, 1, 1)).orElseThrow().working()).isFalse();
        assertThat(t.find(LocalDate.of(2024, 2, 4)).orElseThrow().working()).isTrue();
        assertThat(t.find(LocalDate.of(2024, 1, 2))).isEmpty();
    }

    @Test
    void aMalformedLineIsReportedWithItsLineNumber() {
        List<DocumentProblem> p = problems("""
                covers,2024,2024
                2024-01-01,holiday,元旦,New Year's Day
                2024-13-01,holiday,元旦,New Year's Day
                """);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(3);
        assertThat(p.get(0).message().en()).contains("malformed");
        assertThat(p.get(0).message().zh()).contains("无法识别");
    }

    @Test
    void anUnknownKindAndAMissingFieldAreEachReportedAtTheirLines() {
        List<DocumentProblem> p = problems("""
                covers,2024,2024
                # a comment counts as a line
                2024-05-01,vacation,劳动节,Labour Day
                2024-05-02,holiday,劳动节
                2024-05-03,holiday,劳动节,Labour Day
                """);
        assertThat(p).extracting(DocumentProblem::line).containsExactly(3, 4);
    }

    @Test
    void aDateListedTwiceIsReportedAtTheSecondLine() {
        List<DocumentProblem> p = problems("""
                covers,2024,2024
                2024-10-01,holiday,国庆节,National Day
                2024-10-02,holiday,国庆节,National Day
                2024-10-01,workday,国庆节,National Day
                """);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(4);
        assertThat(p.get(0).message().en()).contains("2024-10-01").contains("twice");
    }

    @Test
    void aMissingCoversLineIsReported() {
        List<DocumentProblem> p = problems("2024-10-01,holiday,国庆节,National Day\n");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).field()).isEqualTo("covers");
        assertThat(p.get(0).message().en()).contains("covers");
    }

    @Test
    void aCoversLineWithTheYearsBackwardsCountsAsMissing() {
        List<DocumentProblem> p = problems("covers,2026,2010\n");
        assertThat(p).extracting(DocumentProblem::field).containsExactly("covers");
    }

    @Test
    void aDateOutsideTheCoveredYearsIsReportedNamingTheDate() {
        List<DocumentProblem> p = problems("""
                covers,2024,2025
                2024-10-01,holiday,国庆节,National Day
                2026-10-01,holiday,国庆节,National Day
                """);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).field()).isEqualTo("2026-10-01");
        assertThat(p.get(0).message().en()).contains("outside");
    }

    @Test
    void allProblemsAreReportedTogether() {
        List<DocumentProblem> p = problems("""
                2024-01-01,holiday,元旦,New Year's Day
                not a line
                2024-01-01,holiday,元旦,New Year's Day
                """);
        assertThat(p).extracting(DocumentProblem::line).contains(2, 3, 0);
        assertThat(p).hasSize(3);
    }

    @Test
    void theEmptyTableCoversNothingAndFollowsTheWeekdayRule() {
        WorkCalendar weekdays = WorkCalendar.of(HolidayTable.empty(), WorkingHours.DEFAULT);
        assertThat(weekdays.covers(2025)).isFalse();
        assertThat(weekdays.isWorkingDay(LocalDate.of(2025, 10, 1))).isTrue(); // a Wednesday
        assertThat(weekdays.isWorkingDay(LocalDate.of(2025, 9, 28))).isFalse(); // a Sunday
    }

    @Test
    void aSecondCoversLineIsReportedRatherThanReplacingTheFirst() {
        List<DocumentProblem> found = problems("covers,2024,2024\ncovers,2010,2026\n2024-10-01,holiday,国庆节,National Day\n");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message().en()).contains("second 'covers'");
        });
    }
}
