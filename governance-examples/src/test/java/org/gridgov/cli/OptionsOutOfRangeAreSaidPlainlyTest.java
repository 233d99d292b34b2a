package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What fuzzing the command line found, each now a plain usage error or input problem: numbers so large that a
 * command ran for minutes, years at the end of Java's range that overflowed into an internal error, an unknown
 * severity shown as a Java enum message, a channel the city lacks silently accepted, a date's parse exception in the
 * message.
 */
@Timeout(120)
class OptionsOutOfRangeAreSaidPlainlyTest {
    private static final String[] NOISE = {"explain", "jilin", "--category", "environment.noise", "--location",
        "维北社区1号楼", "--at", "2023-06-15T10:00", "--lang", "en"};

    private static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(NOISE, NOISE.length + more.length);
        System.arraycopy(more, 0, all, NOISE.length, more.length);
        return all;
    }

    @Test
    void playingACaseForwardForMillionsOfDaysIsRefusedAtOnce() {
        var r = run(with("--days", "2147483647"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--days must be from 0 to 366");
    }

    @Test
    void aYearAtTheEndOfJavasRangeIsAUsageErrorNotAnInternalOne() {
        var explain = run("explain", "jilin", "--category", "environment.noise", "--location", "维北社区1号楼", "--at",
                "+999999999-12-31T10:00", "--days", "20", "--lang", "en");
        var due = run("calendar", "due", "--from", "+999999999-12-31T10:00", "--limit", "99999 天", "--lang", "en");
        assertThat(explain.code()).isEqualTo(2);
        assertThat(explain.err()).contains("is outside the years 1900 to 2999 (年份应在 1900 到 2999 之间)");
        assertThat(due.code()).isEqualTo(2);
        assertThat(due.err()).doesNotContain("internal error").doesNotContain("DateTimeException");
    }

    @Test
    void aDateThatDoesNotParseIsSaidInBothLanguagesWithoutJava() {
        var r = run("calendar", "--from", "2025-09-25", "--to", "--day*", "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'--day*' is not a date such as 2024-03-01 (不是日期, 例如 2024-03-01)")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownSeverityCategoryOrChannelIsNamed() {
        var severity = run(with("--severity", "urgent"));
        var category = run("explain", "jilin", "--category", "no.such", "--location", "维北社区1号楼", "--at",
                "2023-06-15T10:00", "--lang", "en");
        var channel = run(with("--channel", "nope"));
        assertThat(severity.code()).isEqualTo(2);
        assertThat(severity.err()).contains("--severity must be low, medium, high or critical, not 'urgent'")
                .doesNotContain("enum");
        assertThat(category.code()).isEqualTo(1);
        assertThat(category.err()).contains("the city jilin has no category 'no.such'");
        assertThat(channel.code()).isEqualTo(1);
        assertThat(channel.err()).contains("has no channel 'nope' (its channels: ");
    }

    @Test
    void periodsAndRunsOfManyYearsAreRefusedBeforeTheyStart() {
        var visits = run("visits", "jiangyuan", "--from", "2024-03-01", "--to", "2999-03-31", "--lang", "en");
        var simulate = run("simulate", "jilin", "--days", "2147483647", "--lang", "en");
        assertThat(visits.code()).isEqualTo(2);
        assertThat(visits.err()).contains("may span at most 3660 days");
        assertThat(simulate.code()).isEqualTo(2);
        assertThat(simulate.err()).contains("--days must be from 1 to 3660");
    }

    @Test
    void aPackNameThatIsNoFileNameIsAUsageError() {
        var r = run("validate", "bad\u0000name", "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not a folder name (不是有效的文件夹名)");
    }
}
