package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {

    @Test
    void aCaseStartedTheAfternoonBeforeNationalDayIsDueOnTheWorkedSaturday() {
        var run = run("calendar", "due", "--from", "2025-09-30T16:00", "--limit", "3 个工作日");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("2025-10-11T16:00");
    }

    @Test
    void naturalTimeIgnoresTheHoliday() {
        var run = run("calendar", "due", "--from", "2025-09-30T16:00", "--limit", "3 natural days");
        assertThat(run.out().strip()).isEqualTo("2025-10-03T16:00");
    }

    @Test
    void theJsonListingMarksHolidaysAndWorkedWeekends() throws IOException {
        var run = run("calendar", "--from", "2025-09-27", "--to", "2025-10-12", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode days = new ObjectMapper().readTree(run.out());
        assertThat(days).hasSize(16);
        assertThat(days.get(0).get("date").asText()).isEqualTo("2025-09-27");
        assertThat(days.get(0).get("working").asBoolean()).isFalse();
        assertThat(days.get(0).has("name")).isFalse();
        assertThat(days.get(1).get("working").asBoolean()).isTrue();                 // Sunday 28 September, worked
        assertThat(days.get(4).get("name").asText()).isEqualTo("国庆节");             // 1 October
        assertThat(days.get(4).get("working").asBoolean()).isFalse();
        assertThat(days.get(14).get("working").asBoolean()).isTrue();                // Saturday 11 October, worked
        long off = 0;
        for (JsonNode d : days) {
            off += d.get("working").asBoolean() ? 0 : 1;
        }
        assertThat(off).isEqualTo(10);                                                // 27 Sep, 1-8 Oct, 12 Oct
    }

    @Test
    void theTextListingNamesTheHolidayInTheChosenLanguage() {
        var run = run("calendar", "--from", "2024-02-10", "--to", "2024-02-10", "--lang", "en");
        assertThat(run.out()).contains("2024-02-10").contains("non-working").contains("春节 (Spring Festival)");
    }

    @Test
    void anUnreadableLimitIsExplainedInBothLanguagesWithoutAStackTrace() {
        var en = run("calendar", "due", "--from", "2025-09-30T16:00", "--limit", "3 weeks", "--lang", "en");
        assertThat(en.code()).isEqualTo(1);
        assertThat(en.err()).contains("'3 weeks'").contains("3 working days").doesNotContain("Exception");
        var zh = run("calendar", "due", "--from", "2025-09-30T16:00", "--limit", "3 weeks", "--lang", "zh");
        assertThat(zh.err()).contains("无法识别时限");
    }

    @Test
    void yearsBeyondTheDataAreAnsweredByTheWeekdayRuleWithANote() {
        var run = run("calendar", "--from", "2027-01-01", "--to", "2027-01-01", "--lang", "en");
        assertThat(run.out()).contains("2027-01-01").contains("working");
        assertThat(run.err()).contains("covers 2010–2026").contains("2027");
    }

    @Test
    void aDistrictsOwnHolidayCountsBelowIt(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("city.yaml");
        Files.writeString(profile, String.join("\n",
                "id: t", "name: 某市",
                "levels:", "  - {id: city, name: 市, kind: administrative}", "  - {id: district, name: 区, kind: administrative}",
                "jurisdiction:", "  nodes:", "    - {id: c, level: city, name: 某市}",
                "    - {id: d1, parent: c, level: district, name: 一区}", "    - {id: d2, parent: c, level: district, name: 二区}",
                "calendars:", "  - node: d1", "    holidays: [{from: 2025-06-11, name: {zh: 区庆, en: district day}}]", ""),
                StandardCharsets.UTF_8);
        var d1 = run("calendar", "due", "--from", "2025-06-10T10:00", "--limit", "1 个工作日",
                "--profile", profile.toString(), "--node", "d1");
        assertThat(d1.code()).as(d1.err()).isZero();
        assertThat(d1.out().strip()).isEqualTo("2025-06-12T10:00");
        var d2 = run("calendar", "due", "--from", "2025-06-10T10:00", "--limit", "1 个工作日",
                "--profile", profile.toString(), "--node", "d2");
        assertThat(d2.out().strip()).isEqualTo("2025-06-11T10:00");
    }

    @Test
    void aNodeWithoutACityAndAMissingRangeAreUsageErrors() {
        assertThat(run("calendar", "due", "--from", "2025-09-30T16:00", "--limit", "1 wd", "--node", "x").code())
                .isEqualTo(2);
        assertThat(run("calendar", "--json").code()).isEqualTo(2);
    }
}
