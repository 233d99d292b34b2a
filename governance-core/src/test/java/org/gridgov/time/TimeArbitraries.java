package org.gridgov.time;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators shared by the time properties. */
final class TimeArbitraries {
    static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    private TimeArbitraries() {
    }

    /**
     * Any minute of any day of 2010–2026, nights, weekends and holidays included, with the edges of the default
     * working periods (and a minute either side) drawn more often than chance would.
     */
    static Arbitrary<LocalDateTime> instants() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, (int) ChronoUnit.DAYS.between(FIRST, LAST))
                .map(FIRST::plusDays);
        Arbitrary<LocalTime> anyMinute = Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(m -> LocalTime.of(m / 60, m % 60));
        Arbitrary<LocalTime> edges = Arbitraries.of("00:00", "08:29", "08:30", "08:31", "11:59", "12:00", "12:01",
                "13:29", "13:30", "13:31", "17:29", "17:30", "17:31", "23:59").map(LocalTime::parse);
        Arbitrary<LocalTime> times = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, anyMinute), net.jqwik.api.Tuple.of(1, edges));
        return Combinators.combine(dates, times).as(LocalDate::atTime);
    }

    /** Working time to add: a minute to about six working days, often whole half hours. */
    static Arbitrary<Duration> workingAmounts() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 45 * 60),
                Arbitraries.integers().between(1, 90).map(n -> n * 30))
                .map(Duration::ofMinutes);
    }

    /** Time limits of every unit with amounts that keep the counting short. */
    static Arbitrary<TimeLimit> limits() {
        return Arbitraries.of(LimitUnit.class).flatMap(unit -> amounts(unit).map(n -> TimeLimit.of(n, unit)));
    }

    /** Limits counted in working time. */
    static Arbitrary<TimeLimit> workingLimits() {
        return Arbitraries.of(LimitUnit.WORKING_HOURS, LimitUnit.WORKING_DAYS)
                .flatMap(unit -> amounts(unit).map(n -> TimeLimit.of(n, unit)));
    }

    static Arbitrary<Integer> amounts(LimitUnit unit) {
        return switch (unit) {
            case MINUTES -> Arbitraries.integers().between(1, 3000);
            case HOURS -> Arbitraries.integers().between(1, 240);
            case DAYS -> Arbitraries.integers().between(1, 30);
            case WORKING_HOURS -> Arbitraries.integers().between(1, 80);
            case WORKING_DAYS -> Arbitraries.integers().between(1, 20);
        };
    }
}
