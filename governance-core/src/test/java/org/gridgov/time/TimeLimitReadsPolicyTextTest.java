package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link TimeLimit#parse}: what policy staff write, in Chinese or English. */
class TimeLimitReadsPolicyTextTest {

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("2h", 2, LimitUnit.HOURS),
                Arguments.of("30 分钟", 30, LimitUnit.MINUTES),
                Arguments.of("30分钟", 30, LimitUnit.MINUTES),
                Arguments.of("24 小时", 24, LimitUnit.HOURS),
                Arguments.of("3 个工作日", 3, LimitUnit.WORKING_DAYS),
                Arguments.of("3个工作日", 3, LimitUnit.WORKING_DAYS),
                Arguments.of("三个工作日", 3, LimitUnit.WORKING_DAYS),
                Arguments.of("十五个工作日", 15, LimitUnit.WORKING_DAYS),
                Arguments.of("两个工作日", 2, LimitUnit.WORKING_DAYS),
                Arguments.of("二十天", 20, LimitUnit.DAYS),
                Arguments.of("十天", 10, LimitUnit.DAYS),
                Arguments.of("一百零五天", 105, LimitUnit.DAYS),
                Arguments.of("7 natural days", 7, LimitUnit.DAYS),
                Arguments.of("15 working days", 15, LimitUnit.WORKING_DAYS),
                Arguments.of("4 working hours", 4, LimitUnit.WORKING_HOURS),
                Arguments.of("4 个工作小时", 4, LimitUnit.WORKING_HOURS),
                Arguments.of("7天", 7, LimitUnit.DAYS),
                Arguments.of("7 自然日", 7, LimitUnit.DAYS),
                Arguments.of("1 working day", 1, LimitUnit.WORKING_DAYS),
                Arguments.of("1 day", 1, LimitUnit.DAYS),
                Arguments.of("45 min", 45, LimitUnit.MINUTES),
                Arguments.of("  3   Working   Days  ", 3, LimitUnit.WORKING_DAYS),
                Arguments.of("2H", 2, LimitUnit.HOURS),
                Arguments.of("15 BUSINESS DAYS", 15, LimitUnit.WORKING_DAYS),
                Arguments.of("\t8 Hours\t", 8, LimitUnit.HOURS));
    }

    @ParameterizedTest(name = "''{0}'' = {1} {2}")
    @MethodSource("forms")
    void eachFormIsRead(String text, int amount, LimitUnit unit) {
        assertThat(TimeLimit.parse(text)).isEqualTo(TimeLimit.of(amount, unit));
    }

    @Test
    void aPlainDayIsANaturalDayAndWorkingTimeIsAlwaysSaidSo() {
        assertThat(TimeLimit.parse("7 days").isWorkingTime()).isFalse();
        assertThat(TimeLimit.parse("7天").isWorkingTime()).isFalse();
        assertThat(TimeLimit.parse("7 工作日").isWorkingTime()).isTrue();
        assertThat(TimeLimit.parse("4 wh").isWorkingTime()).isTrue();
    }

    @Test
    void toStringAndTheChineseDisplayNameReadBackForEveryUnit() {
        for (LimitUnit unit : LimitUnit.values()) {
            for (int amount : new int[] {1, 2, 3, 7, 15, 24, 100, 999}) {
                TimeLimit limit = TimeLimit.of(amount, unit);
                assertThat(TimeLimit.parse(limit.toString())).as(limit.toString()).isEqualTo(limit);
                assertThat(TimeLimit.parse(limit.displayName().zh())).as(limit.displayName().zh()).isEqualTo(limit);
            }
        }
    }

    @Test
    void displayNamesAreSingularForOneAndPluralOtherwise() {
        assertThat(TimeLimit.of(1, LimitUnit.WORKING_DAYS).toString()).isEqualTo("1 working day");
        assertThat(TimeLimit.of(3, LimitUnit.WORKING_DAYS).toString()).isEqualTo("3 working days");
        assertThat(TimeLimit.of(3, LimitUnit.WORKING_DAYS).displayName().zh()).isEqualTo("3个工作日");
        assertThat(TimeLimit.of(2, LimitUnit.HOURS).toString()).isEqualTo("2 hours");
    }

    @Test
    void naturalDaysIgnoreHolidays() {
        WorkCalendar china = WorkCalendars.chinaMainland();
        // Sun 28 Sep 2025 10:00 + 7 days = Sun 5 Oct 10:00, in the middle of National Day.
        assertThat(TimeLimit.parse("7 天").dueFrom(LocalDateTime.parse("2025-09-28T10:00"), china))
                .isEqualTo(LocalDateTime.parse("2025-10-05T10:00"));
        // 24 hours from Fri 9 Feb 2024 16:00 end on the first day of the Spring Festival.
        assertThat(TimeLimit.parse("24 小时").dueFrom(LocalDateTime.parse("2024-02-09T16:00"), china))
                .isEqualTo(LocalDateTime.parse("2024-02-10T16:00"));
        // Natural minutes run through the night.
        assertThat(TimeLimit.parse("30 分钟").dueFrom(LocalDateTime.parse("2025-03-08T23:45"), china))
                .isEqualTo(LocalDateTime.parse("2025-03-09T00:15"));
    }

    @Test
    void workingDaysSkipHolidaysAndCountAdjustedWeekends() {
        WorkCalendar china = WorkCalendars.chinaMainland();
        // Sun 28 Sep 2025 10:00 is worked. +1 Mon 29, +2 Tue 30, 1–8 Oct off, +3 Thu 9, +4 Fri 10,
        // +5 Sat 11 (worked), Sun 12 off, +6 Mon 13, +7 Tue 14.
        assertThat(TimeLimit.parse("七个工作日").dueFrom(LocalDateTime.parse("2025-09-28T10:00"), china))
                .isEqualTo(LocalDateTime.parse("2025-10-14T10:00"));
        assertThat(TimeLimit.parse("3 working days").dueFrom(LocalDateTime.parse("2025-09-30T16:00"), china))
                .isEqualTo(LocalDateTime.parse("2025-10-11T16:00"));
    }

    @Test
    void workingHoursSkipTheHoliday() {
        WorkCalendar china = WorkCalendars.chinaMainland();
        // Fri 9 Feb 2024 16:00: 1.5 h that day; Sun 18 Feb (worked) 08:30 + 2.5 h.
        assertThat(TimeLimit.parse("4 个工作小时").dueFrom(LocalDateTime.parse("2024-02-09T16:00"), china))
                .isEqualTo(LocalDateTime.parse("2024-02-18T11:00"));
    }

    @Test
    void fullWidthDigitsAndSpacesAreReadAsTheirPlainForms() {
        assertThat(TimeLimit.parse("３ 个工作日")).isEqualTo(TimeLimit.of(3, LimitUnit.WORKING_DAYS));
        assertThat(TimeLimit.parse("2\u3000小时")).isEqualTo(TimeLimit.of(2, LimitUnit.HOURS));
        assertThat(TimeLimit.parse("１５ working days")).isEqualTo(TimeLimit.of(15, LimitUnit.WORKING_DAYS));
    }
}
