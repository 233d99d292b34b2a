package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Working-time arithmetic of the national calendar over starts anywhere in 2010–2026. */
class WorkCalendarProperties {
    private final WorkCalendar china = WorkCalendars.chinaMainland();

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return TimeArbitraries.instants();
    }

    @Provide
    Arbitrary<Duration> amounts() {
        return TimeArbitraries.workingAmounts();
    }

    @Provide
    Arbitrary<TimeLimit> limits() {
        return TimeArbitraries.limits();
    }

    @Provide
    Arbitrary<TimeLimit> workingLimits() {
        return TimeArbitraries.workingLimits();
    }

    @Property(tries = 400)
    void workingTimeAddedIsWorkingTimeMeasured(@ForAll("starts") LocalDateTime s, @ForAll("amounts") Duration d) {
        LocalDateTime end = china.plusWorkingHours(s, d);
        assertThat(china.workingTimeBetween(s, end)).isEqualTo(d);
    }

    @Property(tries = 300)
    void addedWorkingTimeEndsAtTheEarliestInstant(@ForAll("starts") LocalDateTime s, @ForAll("amounts") Duration d) {
        LocalDateTime end = china.plusWorkingHours(s, d);
        // A minute earlier, less than d has passed: the end is inside or at the end of a working period.
        assertThat(china.isWithinWorkingHours(end)).isTrue();
        assertThat(china.isWorkingTime(end.minusMinutes(1))).isTrue();
        assertThat(china.workingTimeBetween(s, end.minusMinutes(1))).isLessThan(d);
    }

    @Property(tries = 300)
    void workingTimeIsAdditive(@ForAll("starts") LocalDateTime a, @ForAll @IntRange(max = 20_000) int m1,
            @ForAll @IntRange(max = 20_000) int m2) {
        LocalDateTime b = a.plusMinutes(m1);
        LocalDateTime c = b.plusMinutes(m2);
        assertThat(china.workingTimeBetween(a, c))
                .isEqualTo(china.workingTimeBetween(a, b).plus(china.workingTimeBetween(b, c)));
        assertThat(china.workingTimeBetween(a, b)).isLessThanOrEqualTo(Duration.ofMinutes(m1));
    }

    @Property(tries = 400)
    void aLargerAmountIsNeverDueEarlier(@ForAll("starts") LocalDateTime s, @ForAll("limits") TimeLimit limit,
            @ForAll @IntRange(min = 0, max = 10) int more) {
        TimeLimit larger = TimeLimit.of(limit.amount() + more, limit.unit());
        assertThat(larger.dueFrom(s, china)).isAfterOrEqualTo(limit.dueFrom(s, china));
        assertThat(limit.dueFrom(s, china)).isAfterOrEqualTo(s);
    }

    @Property(tries = 300)
    void oneMoreWorkingDayIsAlwaysLater(@ForAll("starts") LocalDateTime s, @ForAll @IntRange(max = 25) int n) {
        assertThat(china.plusWorkingDays(s, n + 1)).isAfter(china.plusWorkingDays(s, n));
    }

    @Property(tries = 400)
    void aWorkingDueInstantIsWithinWorkingHours(@ForAll("starts") LocalDateTime s,
            @ForAll("workingLimits") TimeLimit limit) {
        assertThat(china.isWithinWorkingHours(limit.dueFrom(s, china))).as(limit + " from " + s).isTrue();
    }

    @Property(tries = 300)
    void workingDaysLandNWorkingDaysAfterTheMovedStartAtItsTimeOfDay(@ForAll("starts") LocalDateTime s,
            @ForAll @IntRange(max = 25) int n) {
        LocalDateTime moved = china.nextWorkingInstant(s);
        LocalDateTime due = china.plusWorkingDays(s, n);
        assertThat(china.isWorkingDay(due.toLocalDate())).isTrue();
        assertThat(due.toLocalTime()).isEqualTo(moved.toLocalTime());
        assertThat(china.isWorkingTime(due)).isTrue();
        int counted = 0;
        for (LocalDate d = moved.toLocalDate().plusDays(1); !d.isAfter(due.toLocalDate()); d = d.plusDays(1)) {
            if (china.isWorkingDay(d)) {
                counted++;
            }
        }
        assertThat(counted).isEqualTo(n);
    }

    @Property(tries = 400)
    void theNextWorkingInstantIsTheStartIffItIsWorkingTimeAndNoWorkIsSkipped(@ForAll("starts") LocalDateTime s) {
        LocalDateTime next = china.nextWorkingInstant(s);
        assertThat(next).isAfterOrEqualTo(s);
        assertThat(china.isWorkingTime(next)).isTrue();
        assertThat(next.equals(s)).isEqualTo(china.isWorkingTime(s));
        assertThat(china.workingTimeBetween(s, next)).isZero();
    }
}
