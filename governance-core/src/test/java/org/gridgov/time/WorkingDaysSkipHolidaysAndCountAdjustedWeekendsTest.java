package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** {@link WorkCalendar#plusWorkingDays}: days of the calendar, never 24 hours, and a start moved into working time. */
class WorkingDaysSkipHolidaysAndCountAdjustedWeekendsTest {
    private final WorkCalendar china = WorkCalendars.chinaMainland();

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void threeWorkingDaysFromTheEveOfNationalDay2025EndOnTheWorkedSaturday() {
        // Tue 30 Sep 16:00; 1–8 Oct off; +1 Thu 9, +2 Fri 10, +3 Sat 11 (adjusted working day).
        assertThat(china.plusWorkingDays(t("2025-09-30T16:00"), 1)).isEqualTo(t("2025-10-09T16:00"));
        assertThat(china.plusWorkingDays(t("2025-09-30T16:00"), 2)).isEqualTo(t("2025-10-10T16:00"));
        assertThat(china.plusWorkingDays(t("2025-09-30T16:00"), 3)).isEqualTo(t("2025-10-11T16:00"));
        // +4: Sunday 12 Oct is an ordinary day off, so Monday 13 Oct.
        assertThat(china.plusWorkingDays(t("2025-09-30T16:00"), 4)).isEqualTo(t("2025-10-13T16:00"));
    }

    @Test
    void springFestival2024IsSkippedAndItsWorkedSundayCounted() {
        assertThat(china.plusWorkingDays(t("2024-02-08T10:00"), 1)).isEqualTo(t("2024-02-09T10:00"));
        assertThat(china.plusWorkingDays(t("2024-02-08T10:00"), 2)).isEqualTo(t("2024-02-18T10:00"));
        assertThat(china.plusWorkingDays(t("2024-02-08T10:00"), 3)).isEqualTo(t("2024-02-19T10:00"));
    }

    @Test
    void fridayEveningBeforeNationalDay2025CountsFromTheWorkedSunday() {
        // Fri 26 Sep 19:00 is after hours; Sat 27 is off; Sun 28 Sep is an adjusted working day, so the clock
        // starts Sun 28 Sep 08:30, and one working day later is Mon 29 Sep 08:30.
        assertThat(china.plusWorkingDays(t("2025-09-26T19:00"), 0)).isEqualTo(t("2025-09-28T08:30"));
        assertThat(china.plusWorkingDays(t("2025-09-26T19:00"), 1)).isEqualTo(t("2025-09-29T08:30"));
    }

    @Test
    void fridayEveningBeforeNewYear2024WithNoAdjustedWeekend() {
        // Fri 29 Dec 2023 19:00 is after hours. Sat 30 and Sun 31 Dec are an ordinary weekend (not in the table),
        // Mon 1 Jan 2024 is 元旦 (holiday), and no weekend day was adjusted for it. So the clock starts at
        // Tue 2 Jan 08:30 and one working day later is Wed 3 Jan 08:30.
        assertThat(china.plusWorkingDays(t("2023-12-29T19:00"), 0)).isEqualTo(t("2024-01-02T08:30"));
        assertThat(china.plusWorkingDays(t("2023-12-29T19:00"), 1)).isEqualTo(t("2024-01-03T08:30"));
    }

    @Test
    void fridayEveningBeforeDragonBoat2025WithNoAdjustedWeekend() {
        // Fri 30 May 2025 19:00; 端午节 is Sat 31 May – Mon 2 Jun, nothing adjusted. Start Tue 3 Jun 08:30,
        // +1 = Wed 4 Jun 08:30 (an ordinary calendar would have said Tue 3 Jun 08:30).
        assertThat(china.plusWorkingDays(t("2025-05-30T19:00"), 1)).isEqualTo(t("2025-06-04T08:30"));
    }

    @Test
    void wednesdayEveningBeforeQingming2024CountsFromTheWorkedSunday() {
        // Wed 3 Apr 2024 19:00; 清明节 Thu 4 – Sat 6 Apr off; Sun 7 Apr worked. Start Sun 7 Apr 08:30, +1 = Mon 8 Apr.
        assertThat(china.plusWorkingDays(t("2024-04-03T19:00"), 1)).isEqualTo(t("2024-04-08T08:30"));
    }

    @Test
    void fridayEveningBeforeAnOrdinaryWeekendCountsFromMonday() {
        assertThat(china.plusWorkingDays(t("2025-01-03T18:00"), 1)).isEqualTo(t("2025-01-07T08:30"));
    }

    @Test
    void aStartAtLunchKeepsTheAfternoonTime() {
        // Mon 3 Mar 2025 12:15 moves to 13:30; +2 = Wed 5 Mar 13:30.
        assertThat(china.plusWorkingDays(t("2025-03-03T12:15"), 2)).isEqualTo(t("2025-03-05T13:30"));
    }

    @Test
    void zeroDaysOnAWorkingInstantIsTheStartItself() {
        assertThat(china.plusWorkingDays(t("2025-03-03T10:17"), 0)).isEqualTo(t("2025-03-03T10:17"));
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> china.plusWorkingDays(t("2025-03-03T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void nextWorkingDaySkipsTheWholeBreak() {
        assertThat(china.nextWorkingDay(java.time.LocalDate.parse("2025-09-30")))
                .isEqualTo(java.time.LocalDate.parse("2025-10-09"));
        assertThat(china.nextWorkingDay(java.time.LocalDate.parse("2025-10-10")))
                .isEqualTo(java.time.LocalDate.parse("2025-10-11"));
    }
}
