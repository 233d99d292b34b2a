package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A calendar with one period 09:00–17:00 and no lunch break. */
class CustomWorkingHoursChangeTheCountTest {
    private final WorkingHours nineToFive = WorkingHours.of(WorkingPeriod.of("09:00", "17:00"));
    private final WorkCalendar china = WorkCalendars.chinaMainland();
    private final WorkCalendar custom = china.withWorkingHours(nineToFive);

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void aDayHasEightHoursInsteadOfSevenAndAHalf() {
        assertThat(nineToFive.perDay()).isEqualTo(Duration.ofHours(8));
        assertThat(WorkingHours.DEFAULT.perDay()).isEqualTo(Duration.ofMinutes(450));
        assertThat(custom.workingTimeBetween(t("2025-03-03T00:00"), t("2025-03-04T00:00"))).isEqualTo(Duration.ofHours(8));
        assertThat(china.workingTimeBetween(t("2025-03-03T00:00"), t("2025-03-04T00:00"))).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void noLunchBreakToSkip() {
        assertThat(custom.plusWorkingHours(t("2025-03-03T11:00"), Duration.ofHours(2))).isEqualTo(t("2025-03-03T13:00"));
        assertThat(custom.nextWorkingInstant(t("2025-03-03T12:30"))).isEqualTo(t("2025-03-03T12:30"));
        assertThat(custom.nextWorkingInstant(t("2025-03-03T08:45"))).isEqualTo(t("2025-03-03T09:00"));
        assertThat(custom.plusWorkingDays(t("2025-03-03T17:00"), 1)).isEqualTo(t("2025-03-05T09:00"));
    }

    @Test
    void holidaysStillApply() {
        assertThat(custom.plusWorkingHours(t("2025-09-30T16:00"), Duration.ofHours(2))).isEqualTo(t("2025-10-09T10:00"));
        assertThat(custom.workingHours()).isEqualTo(nineToFive);
        assertThat(custom.national()).isSameAs(china.national());
    }

    @Test
    void overlappingPeriodsAreRefused() {
        assertThatThrownBy(() -> WorkingHours.of(WorkingPeriod.of("08:00", "12:00"), WorkingPeriod.of("11:00", "17:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
    }

    @Test
    void periodsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> WorkingHours.of(WorkingPeriod.of("13:00", "17:00"), WorkingPeriod.of("08:00", "12:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adjacentPeriodsAreAccepted() {
        WorkingHours adjacent = WorkingHours.of(WorkingPeriod.of("08:00", "12:00"), WorkingPeriod.of("12:00", "16:00"));
        assertThat(adjacent.perDay()).isEqualTo(Duration.ofHours(8));
        WorkCalendar c = china.withWorkingHours(adjacent);
        assertThat(c.plusWorkingHours(t("2025-03-03T11:00"), Duration.ofHours(2))).isEqualTo(t("2025-03-03T13:00"));
    }

    @Test
    void noPeriodsOrAnEmptyPeriodAreRefused() {
        assertThatThrownBy(() -> WorkingHours.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingPeriod.of("12:00", "12:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingPeriod.of("13:00", "12:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
