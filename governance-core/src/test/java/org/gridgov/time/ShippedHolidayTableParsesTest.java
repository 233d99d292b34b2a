package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The national table in the jar: read, complete for 2010–2026, and plausible line by line. */
class ShippedHolidayTableParsesTest {
    private static final String RESOURCE = "org/gridgov/time/china-mainland-holidays.csv";
    private final HolidayTable table = WorkCalendars.chinaMainlandHolidays();

    private static String text() throws IOException {
        try (InputStream in = ShippedHolidayTableParsesTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String[]> dataLines(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#") && !s.startsWith("covers,")) {
                out.add(s.split(","));
            }
        }
        return out;
    }

    @Test
    void theCoversLineSays2010To2026() throws IOException {
        assertThat(text().lines()).contains("covers,2010,2026");
        assertThat(table.coveredYears()).isEqualTo("2010–2026");
        assertThat(table.source()).isEqualTo(RESOURCE);
    }

    @Test
    void everyLineOfTheFileIsInTheTable() throws IOException {
        List<String[]> lines = dataLines(text());
        assertThat(table.size()).isEqualTo(lines.size());
        for (String[] f : lines) {
            SpecialDay day = table.find(LocalDate.parse(f[0])).orElseThrow();
            assertThat(day.working()).as(f[0]).isEqualTo(f[1].equals("workday"));
            assertThat(day.name().zh()).isEqualTo(f[2]);
            assertThat(day.name().en()).isEqualTo(f[3]);
        }
    }

    @Test
    void everyCoveredYearHasSpringFestivalAndNationalDayHolidays() {
        for (int year = 2010; year <= 2026; year++) {
            List<String> names = new ArrayList<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                table.find(d).filter(s -> !s.working()).ifPresent(s -> names.add(s.name().zh()));
            }
            assertThat(names).as("holidays of " + year).isNotEmpty().contains("春节", "国庆节", "劳动节");
        }
    }

    @Test
    void adjustedWorkingDaysAreAllWeekendDays() throws IOException {
        // A weekday listed as a workday would change nothing; it would mean a typo in the date.
        for (String[] f : dataLines(text())) {
            if (f[1].equals("workday")) {
                DayOfWeek dow = LocalDate.parse(f[0]).getDayOfWeek();
                assertThat(dow).as(f[0]).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            }
        }
    }

    @Test
    void datesAreInOrderWithoutDuplicates() throws IOException {
        LocalDate previous = LocalDate.MIN;
        for (String[] f : dataLines(text())) {
            LocalDate d = LocalDate.parse(f[0]);
            assertThat(d).isAfter(previous);
            previous = d;
        }
    }
}
