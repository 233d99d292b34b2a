package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Working-time arithmetic of the national calendar with the default hours 08:30–12:00 and 13:30–17:30.
 * Monday 3 March 2025 to Sunday 9 March 2025 is an ordinary week.
 */
class WorkingHoursSkipLunchNightsAndHolidaysTest {
    private final WorkCalendar china = WorkCalendars.chinaMainland();

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private static Duration h(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    @Test
    void threeHoursFromNineEndWithTheMorningNotAfterLunch() {
        assertThat(china.plusWorkingHours(t("2025-03-03T09:00"), h(3))).isEqualTo(t("2025-03-03T12:00"));
    }

    @Test
    void twoHoursFromElevenSkipLunch() {
        // 11:00–12:00 is one hour; the second is 13:30–14:30.
        assertThat(china.plusWorkingHours(t("2025-03-03T11:00"), h(2))).isEqualTo(t("2025-03-03T14:30"));
    }

    @Test
    void aStartDuringLunchCountsFromHalfPastOne() {
        assertThat(china.plusWorkingHours(t("2025-03-03T12:45"), h(1))).isEqualTo(t("2025-03-03T14:30"));
    }

    @Test
    void aStartAtHalfPastFiveExactlyCountsFromTheNextMorning() {
        assertThat(china.plusWorkingHours(t("2025-03-03T17:30"), h(1))).isEqualTo(t("2025-03-04T09:30"));
    }

    @Test
    void aStartBeforeOfficeHoursCountsFromHalfPastEight() {
        assertThat(china.plusWorkingHours(t("2025-03-03T06:00"), h(1))).isEqualTo(t("2025-03-03T09:30"));
    }

    @Test
    void aFullWorkingDayFromHalfPastEightEndsAtHalfPastFiveTheSameDay() {
        assertThat(china.plusWorkingHours(t("2025-03-03T08:30"), h(7.5))).isEqualTo(t("2025-03-03T17:30"));
    }

    @Test
    void fridayAfternoonHoursContinueOnMonday() {
        // Fri 7 Mar 17:00: half an hour left on Friday, the other half Mon 10 Mar 08:30–09:00.
        assertThat(china.plusWorkingHours(t("2025-03-07T17:00"), h(1))).isEqualTo(t("2025-03-10T09:00"));
    }

    @Test
    void hoursAcrossNationalDay2025ContinueOnNinthOfOctober() {
        // Tue 30 Sep 16:00: 1.5 h that day; 1–8 Oct off; the remaining 2.5 h Thu 9 Oct 08:30–11:00.
        assertThat(china.plusWorkingHours(t("2025-09-30T16:00"), h(4))).isEqualTo(t("2025-10-09T11:00"));
    }

    @Test
    void hoursAcrossSpringFestival2024ContinueOnTheWorkedSunday() {
        // Fri 9 Feb 16:00: 1.5 h; 10–17 Feb off; Sun 18 Feb is worked: 08:30 + 2.5 h = 11:00.
        assertThat(china.plusWorkingHours(t("2024-02-09T16:00"), h(4))).isEqualTo(t("2024-02-18T11:00"));
    }

    @Test
    void zeroHoursIsTheStartEvenOutsideWorkingTime() {
        assertThat(china.plusWorkingHours(t("2025-03-08T22:00"), Duration.ZERO)).isEqualTo(t("2025-03-08T22:00"));
    }

    @Test
    void negativeHoursAreRefused() {
        assertThatThrownBy(() -> china.plusWorkingHours(t("2025-03-03T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingTimeOfAWholeOrdinaryDayIsSevenAndAHalfHours() {
        assertThat(china.workingTimeBetween(t("2025-03-03T00:00"), t("2025-03-04T00:00"))).isEqualTo(h(7.5));
        assertThat(china.workingTimeBetween(t("2025-03-03T08:00"), t("2025-03-03T18:00"))).isEqualTo(h(7.5));
    }

    @Test
    void workingTimeLeavesOutLunch() {
        // 11:00–12:00 and 13:30–14:00.
        assertThat(china.workingTimeBetween(t("2025-03-03T11:00"), t("2025-03-03T14:00"))).isEqualTo(h(1.5));
        assertThat(china.workingTimeBetween(t("2025-03-03T12:00"), t("2025-03-03T13:30"))).isEqualTo(Duration.ZERO);
    }

    @Test
    void workingTimeOfAWeekLeavesOutTheWeekend() {
        assertThat(china.workingTimeBetween(t("2025-03-03T00:00"), t("2025-03-10T00:00"))).isEqualTo(h(37.5));
        // Fri 16:00–17:30 and Mon 08:30–10:00.
        assertThat(china.workingTimeBetween(t("2025-03-07T16:00"), t("2025-03-10T10:00"))).isEqualTo(h(3));
        assertThat(china.workingTimeBetween(t("2025-03-08T00:00"), t("2025-03-09T23:59"))).isEqualTo(Duration.ZERO);
    }

    @Test
    void workingTimeLeavesOutHolidaysAndCountsAdjustedWeekends() {
        // Only Tue 30 Sep is worked between these instants.
        assertThat(china.workingTimeBetween(t("2025-09-30T08:30"), t("2025-10-09T08:30"))).isEqualTo(h(7.5));
        // Fri 9 Feb 2024 afternoon (4 h), then Sun 18 Feb morning (3.5 h).
        assertThat(china.workingTimeBetween(t("2024-02-09T12:00"), t("2024-02-18T12:00"))).isEqualTo(h(7.5));
        // Sat 27 Sep 2025 off, Sun 28 Sep worked: from Friday night to Monday morning, one whole day.
        assertThat(china.workingTimeBetween(t("2025-09-26T20:00"), t("2025-09-29T08:30"))).isEqualTo(h(7.5));
    }

    @Test
    void workingTimeOfAnEmptySpanIsZeroAndABackwardSpanIsRefused() {
        assertThat(china.workingTimeBetween(t("2025-03-03T10:00"), t("2025-03-03T10:00"))).isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> china.workingTimeBetween(t("2025-03-03T10:00"), t("2025-03-03T09:59")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    }

    @Test
    void nextWorkingInstantAtNoonIsHalfPastOne() {
        assertThat(china.nextWorkingInstant(t("2025-03-03T12:00"))).isEqualTo(t("2025-03-03T13:30"));
        assertThat(china.nextWorkingInstant(t("2025-03-03T11:59"))).isEqualTo(t("2025-03-03T11:59"));
    }

    @Test
    void nextWorkingInstantBeforeOfficeHoursIsHalfPastEight() {
        assertThat(china.nextWorkingInstant(t("2025-03-03T07:00"))).isEqualTo(t("2025-03-03T08:30"));
        assertThat(china.nextWorkingInstant(t("2025-03-03T08:30"))).isEqualTo(t("2025-03-03T08:30"));
    }

    @Test
    void nextWorkingInstantAtCloseIsTheNextMorning() {
        assertThat(china.nextWorkingInstant(t("2025-03-03T17:30"))).isEqualTo(t("2025-03-04T08:30"));
    }

    @Test
    void nextWorkingInstantOnASaturdayIsMondayUnlessTheSaturdayIsWorked() {
        assertThat(china.nextWorkingInstant(t("2025-03-08T10:00"))).isEqualTo(t("2025-03-10T08:30"));
        // Sat 11 Oct 2025 is an adjusted working day.
        assertThat(china.nextWorkingInstant(t("2025-10-11T07:00"))).isEqualTo(t("2025-10-11T08:30"));
        assertThat(china.nextWorkingInstant(t("2025-10-10T18:00"))).isEqualTo(t("2025-10-11T08:30"));
    }

    @Test
    void periodEndsAreOutsideWorkingTimeButWithinWorkingHours() {
        assertThat(china.isWorkingTime(t("2025-03-03T12:00"))).isFalse();
        assertThat(china.isWithinWorkingHours(t("2025-03-03T12:00"))).isTrue();
        assertThat(china.isWorkingTime(t("2025-03-03T08:30"))).isTrue();
        assertThat(china.isWithinWorkingHours(t("2025-03-03T12:01"))).isFalse();
        assertThat(china.isWithinWorkingHours(t("2025-03-03T17:30"))).isTrue();
        assertThat(china.isWithinWorkingHours(t("2025-03-08T10:00"))).isFalse(); // Saturday
        assertThat(china.isWithinWorkingHours(t("2025-10-01T10:00"))).isFalse(); // National Day
    }
}
