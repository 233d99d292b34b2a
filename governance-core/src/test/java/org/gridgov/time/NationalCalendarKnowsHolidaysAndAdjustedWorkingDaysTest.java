package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.gridgov.i18n.Bilingual;
import org.junit.jupiter.api.Test;

/** Known facts of the State Council's holiday notices, as the shipped national calendar answers them. */
class NationalCalendarKnowsHolidaysAndAdjustedWorkingDaysTest {
    private final WorkCalendar china = WorkCalendars.chinaMainland();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void springFestival2024IsOffFromTenthToSeventeenthOfFebruary() {
        for (LocalDate day = d("2024-02-10"); !day.isAfter(d("2024-02-17")); day = day.plusDays(1)) {
            assertThat(china.isWorkingDay(day)).as(day + " is in the Spring Festival break").isFalse();
            assertThat(china.day(day).name()).contains(Bilingual.of("春节", "Spring Festival"));
        }
    }

    @Test
    void springFestival2024WorksTheSundaysBeforeAndAfterAndTheFridayBefore() {
        assertThat(d("2024-02-04").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(d("2024-02-18").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(china.isWorkingDay(d("2024-02-04"))).isTrue();
        assertThat(china.isWorkingDay(d("2024-02-18"))).isTrue();
        // Friday 9 February (New Year's Eve) was an ordinary working day: not listed, the weekday rule applies.
        assertThat(china.isWorkingDay(d("2024-02-09"))).isTrue();
        assertThat(china.day(d("2024-02-09")).name()).isEmpty();
        // The adjusted Sundays carry the holiday's name.
        assertThat(china.day(d("2024-02-18")))
                .isEqualTo(new CalendarDay(d("2024-02-18"), true,
                        java.util.Optional.of(Bilingual.of("春节", "Spring Festival"))));
    }

    @Test
    void nationalDayAndMidAutumn2025AreOffFromFirstToEighthOfOctober() {
        for (LocalDate day = d("2025-10-01"); !day.isAfter(d("2025-10-08")); day = day.plusDays(1)) {
            assertThat(china.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(china.day(d("2025-10-01")).name().orElseThrow().zh()).isEqualTo("国庆节");
        assertThat(china.day(d("2025-10-06")).name().orElseThrow().zh()).isEqualTo("中秋节");
        assertThat(china.day(d("2025-10-06")).name().orElseThrow().en()).isEqualTo("Mid-Autumn Festival");
    }

    @Test
    void nationalDay2025WorksSundayTwentyEighthOfSeptemberAndSaturdayEleventhOfOctober() {
        assertThat(d("2025-09-28").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(d("2025-10-11").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(china.isWorkingDay(d("2025-09-28"))).isTrue();
        assertThat(china.isWorkingDay(d("2025-10-11"))).isTrue();
        assertThat(china.day(d("2025-10-11")).working()).isTrue();
        // The weekend between them that is not adjusted stays off: Sunday 12 October.
        assertThat(china.isWorkingDay(d("2025-10-12"))).isFalse();
        // Thursday 9 October is back to work.
        assertThat(china.isWorkingDay(d("2025-10-09"))).isTrue();
    }

    @Test
    void springFestival2020WasExtendedToSecondOfFebruary() {
        // Normally the break would have ended on 30 January; the State Council extended it to Sunday 2 February.
        assertThat(china.isWorkingDay(d("2020-01-31"))).isFalse();
        assertThat(china.isWorkingDay(d("2020-02-01"))).isFalse();
        assertThat(china.isWorkingDay(d("2020-02-02"))).isFalse();
        assertThat(china.day(d("2020-01-31")).name().orElseThrow().zh()).isEqualTo("春节");
        assertThat(china.isWorkingDay(d("2020-02-03"))).isTrue();
    }

    @Test
    void anOrdinaryWeekendIsOffAndAnOrdinaryWeekdayIsOn() {
        // 8–9 March 2025: no holiday near.
        assertThat(china.day(d("2025-03-08"))).isEqualTo(new CalendarDay(d("2025-03-08"), false, java.util.Optional.empty()));
        assertThat(china.isWorkingDay(d("2025-03-09"))).isFalse();
        assertThat(china.day(d("2025-03-12"))).isEqualTo(new CalendarDay(d("2025-03-12"), true, java.util.Optional.empty()));
    }

    @Test
    void holidayNamesAreBilingual() {
        assertThat(china.day(d("2024-10-01")).name()).contains(Bilingual.of("国庆节", "National Day"));
        assertThat(china.day(d("2023-01-01")).name()).contains(Bilingual.of("元旦", "New Year's Day"));
        assertThat(china.day(d("2015-09-03")).name().orElseThrow().zh()).isEqualTo("抗战胜利70周年纪念日");
        assertThat(china.day(d("2024-05-01")).name().orElseThrow().en()).isEqualTo("Labour Day");
    }

    @Test
    void the2026DataIsCoveredAnd2027FollowsTheWeekdayRule() {
        assertThat(china.covers(2026)).isTrue();
        assertThat(china.covers(2010)).isTrue();
        assertThat(china.covers(2009)).isFalse();
        assertThat(china.covers(2027)).isFalse();
        // 1 October 2027 will surely be a holiday, but the table does not know it yet: a Friday is worked.
        assertThat(d("2027-10-01").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(china.isWorkingDay(d("2027-10-01"))).isTrue();
        assertThat(china.day(d("2027-10-01")).name()).isEmpty();
        assertThat(china.isWorkingDay(d("2027-03-03"))).isTrue(); // Wednesday
        assertThat(china.isWorkingDay(d("2027-03-06"))).isFalse(); // Saturday
    }
}
