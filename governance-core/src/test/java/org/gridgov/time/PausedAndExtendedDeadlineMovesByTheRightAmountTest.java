package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Deadlines paused (the clock stops while waiting, e.g., for a resident's materials) and extended (延期). */
class PausedAndExtendedDeadlineMovesByTheRightAmountTest {
    private final WorkCalendar china = WorkCalendars.chinaMainland();

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    private Deadline start(String at, String limit) {
        return Deadline.start(t(at), TimeLimit.parse(limit), china);
    }

    @Test
    void withoutAdjustmentsTheDueInstantIsTheLimitsOwn() {
        for (String limit : new String[] {"3 个工作日", "4 working hours", "7 天", "2h", "30 分钟"}) {
            Deadline d = start("2025-09-26T19:00", limit);
            assertThat(d.due()).as(limit).contains(TimeLimit.parse(limit).dueFrom(t("2025-09-26T19:00"), china));
            assertThat(d.isPaused()).isFalse();
            assertThat(d.adjustments()).isEmpty();
        }
        assertThat(start("2025-03-03T10:00", "3 个工作日").due()).contains(t("2025-03-06T10:00"));
    }

    @Test
    void aPauseOverAnOrdinaryWeekendMovesAWorkingDeadlineByNothing() {
        // Thu 6 Mar 2025 10:00 + 2 working days = Mon 10 Mar 10:00. Paused Fri 17:30 to Mon 08:30: no working time.
        Deadline d = start("2025-03-06T10:00", "2 个工作日");
        assertThat(d.due()).contains(t("2025-03-10T10:00"));
        Deadline paused = d.pause(t("2025-03-07T17:30"), "等待居民补充材料").resume(t("2025-03-10T08:30"));
        assertThat(paused.due()).contains(t("2025-03-10T10:00"));
    }

    @Test
    void aPauseOverAnOrdinaryWeekendMovesANaturalDeadlineByThePauseLength() {
        // Thu 6 Mar 10:00 + 7 days = Thu 13 Mar 10:00. The pause lasts Fri 17:30 to Mon 08:30 = 63 h:
        // Thu 13 Mar 10:00 + 63 h = Sun 16 Mar 01:00.
        Deadline d = start("2025-03-06T10:00", "7 天").pause(t("2025-03-07T17:30"), "x").resume(t("2025-03-10T08:30"));
        assertThat(d.due()).contains(t("2025-03-16T01:00"));
    }

    @Test
    void aPauseDuringWorkingHoursMovesAWorkingDeadlineByTheWorkingTimePaused() {
        // Mon 3 Mar 10:00 + 2 working days = Wed 5 Mar 10:00. Paused Mon 11:00–15:00: 11:00–12:00 and 13:30–15:00
        // are 2.5 working hours. Wed 10:00–12:00 is 2 h, the last half hour 13:30–14:00.
        Deadline d = start("2025-03-03T10:00", "2 个工作日").pause(t("2025-03-03T11:00"), "x").resume(t("2025-03-03T15:00"));
        assertThat(d.due()).contains(t("2025-03-05T14:00"));
    }

    @Test
    void aPauseOverNationalDayMovesAWorkingDeadlineOnlyByTheWorkingHoursOfTheEve() {
        // Mon 29 Sep 2025 10:00 + 3 working days: +1 Tue 30 Sep, +2 Thu 9 Oct, +3 Fri 10 Oct 10:00.
        // Paused Tue 30 Sep 16:00 to Thu 9 Oct 08:30: only 16:00–17:30 is working time (1.5 h).
        // Fri 10 Oct 10:00 + 1.5 h = 11:30.
        Deadline d = start("2025-09-29T10:00", "3 working days");
        assertThat(d.due()).contains(t("2025-10-10T10:00"));
        assertThat(d.pause(t("2025-09-30T16:00"), "x").resume(t("2025-10-09T08:30")).due()).contains(t("2025-10-10T11:30"));
    }

    @Test
    void twoPausesAddUp() {
        // Mon 3 Mar 2025 08:30 + 4 working hours = 13:30 + 0.5 h = 14:00 (08:30–12:00 is 3.5 h).
        // Pause 1: 09:00–09:30 (0.5 h), pause 2: 10:00–10:15 (0.25 h); due moves by 0.75 h: 14:00 → 14:45.
        Deadline d = start("2025-03-03T08:30", "4 working hours");
        assertThat(d.due()).contains(t("2025-03-03T14:00"));
        Deadline twice = d.pause(t("2025-03-03T09:00"), "a").resume(t("2025-03-03T09:30"))
                .pause(t("2025-03-03T10:00"), "b").resume(t("2025-03-03T10:15"));
        assertThat(twice.due()).contains(t("2025-03-03T14:45"));
        assertThat(twice.adjustments()).hasSize(2);
    }

    @Test
    void aPauseThatBeginsAfterTheDueInstantChangesNothing() {
        Deadline d = start("2025-03-03T10:00", "2 个工作日");
        Deadline late = d.pause(t("2025-03-05T11:00"), "x").resume(t("2025-03-07T11:00"));
        assertThat(late.due()).contains(t("2025-03-05T10:00"));
        assertThat(late.isOverdue(t("2025-03-05T11:00"))).isTrue();
    }

    @Test
    void whilePausedThereIsNoDueInstantAndNothingIsOverdue() {
        Deadline d = start("2025-03-03T10:00", "2h").pause(t("2025-03-03T11:00"), "x");
        assertThat(d.isPaused()).isTrue();
        assertThat(d.due()).isEmpty();
        assertThat(d.warningAt(0.5)).isEmpty();
        assertThat(d.warningAt(1)).isEmpty();
        assertThat(d.isOverdue(t("2030-01-01T00:00"))).isFalse();
        assertThat(d.toString()).contains("paused");
    }

    @Test
    void overdueMeansStrictlyAfterTheDueInstant() {
        Deadline d = start("2025-03-03T10:00", "2h");
        assertThat(d.isOverdue(t("2025-03-03T12:00"))).isFalse();
        assertThat(d.isOverdue(t("2025-03-03T12:01"))).isTrue();
        assertThat(d.isOverdue(t("2025-03-03T11:00"))).isFalse();
    }

    @Test
    void anExtensionOfTwoWorkingDaysMovesTheDueInstantTwoWorkingDays() {
        // Thu 8 Feb 2024 10:00 + 1 working day = Fri 9 Feb 10:00. Extended by 2 个工作日 from there: the Spring
        // Festival 10–17 Feb is off, Sun 18 Feb is worked (+1), Mon 19 Feb (+2).
        Deadline d = start("2024-02-08T10:00", "1 个工作日");
        assertThat(d.due()).contains(t("2024-02-09T10:00"));
        Deadline extended = d.extend(TimeLimit.parse("2 个工作日"), t("2024-02-09T09:00"), "情况复杂");
        assertThat(extended.due()).contains(t("2024-02-19T10:00"));
        assertThat(extended.adjustments()).singleElement().isInstanceOf(Adjustment.Extension.class);
        // The original is unchanged: deadlines are values.
        assertThat(d.due()).contains(t("2024-02-09T10:00"));
    }

    @Test
    void anExtensionAfterAPauseCountsFromTheMovedDueInstant() {
        // Due Wed 5 Mar 14:00 after the 2.5 h pause (see above); + 1 working day = Thu 6 Mar 14:00.
        Deadline d = start("2025-03-03T10:00", "2 个工作日").pause(t("2025-03-03T11:00"), "x").resume(t("2025-03-03T15:00"))
                .extend(TimeLimit.parse("1 working day"), t("2025-03-04T09:00"), "y");
        assertThat(d.due()).contains(t("2025-03-06T14:00"));
    }

    @Test
    void warningsOfAWorkingLimitFallAtFractionsOfTheWorkingTime() {
        // Mon 3 Mar 2025 08:30 + 2 working days = Wed 5 Mar 08:30: 15 working hours allowed.
        // 50 % = 7.5 h = Mon 17:30; 80 % = 12 h = Mon 7.5 h + Tue 08:30–12:00 (3.5 h) + 13:30–14:30 (1 h).
        Deadline d = start("2025-03-03T08:30", "2 个工作日");
        assertThat(d.warningAt(0.5)).contains(t("2025-03-03T17:30"));
        assertThat(d.warningAt(0.8)).contains(t("2025-03-04T14:30"));
        assertThat(d.warningAt(1)).isEqualTo(d.due()).contains(t("2025-03-05T08:30"));
    }

    @Test
    void warningsSkipThePausedTime() {
        // As above, paused Mon 09:30–10:30 (1 working hour): due Wed 09:30; 15 h still allowed.
        // 50 %: Mon 08:30–09:30 (1 h) + 10:30–12:00 (1.5 h) + 13:30–17:30 (4 h) = 6.5 h, then Tue 08:30–09:30.
        Deadline d = start("2025-03-03T08:30", "2 个工作日").pause(t("2025-03-03T09:30"), "x").resume(t("2025-03-03T10:30"));
        assertThat(d.due()).contains(t("2025-03-05T09:30"));
        assertThat(d.warningAt(0.5)).contains(t("2025-03-04T09:30"));
        assertThat(d.warningAt(1)).contains(t("2025-03-05T09:30"));
    }

    @Test
    void warningsOfANaturalLimitFallAtFractionsOfTheClockTime() {
        Deadline d = start("2025-03-08T08:00", "10 hours");
        assertThat(d.warningAt(0.5)).contains(t("2025-03-08T13:00"));
        assertThat(d.warningAt(0.8)).contains(t("2025-03-08T16:00"));
        assertThat(d.warningAt(1)).contains(t("2025-03-08T18:00"));
    }

    @Test
    void deadlinesBuiltAlikeAreEqualValues() {
        LocalDateTime start = LocalDateTime.of(2025, 3, 3, 9, 0);
        TimeLimit limit = TimeLimit.parse("3 个工作日");
        Deadline a = Deadline.start(start, limit, WorkCalendars.chinaMainland()).pause(start.plusHours(1), "补材料");
        Deadline b = Deadline.start(start, limit, WorkCalendars.chinaMainland()).pause(start.plusHours(1), "补材料");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.resume(start.plusHours(2))).isNotEqualTo(b);
        WorkCalendar other = WorkCalendars.chinaMainland().withWorkingHours(WorkingHours.of(WorkingPeriod.of("09:00", "17:00")));
        assertThat(Deadline.start(start, limit, other)).isNotEqualTo(Deadline.start(start, limit, WorkCalendars.chinaMainland()));
    }
}
