package org.gridgov.metrics;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A half-open span of time {@code [from, until)}: an instant at {@code from} is in it, one at {@code until} is
 * not, so consecutive months share no instant.
 *
 * @param from  the first instant in the period
 * @param until the first instant after it, later than {@code from}
 */
public record Period(Instant from, Instant until) {
    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code until} is not later than {@code from}
     */
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        checkArgument(from.isBefore(until), "a period ends after it starts: [%s, %s)", from, until);
    }

    /**
     * A calendar month in a zone, from the start of its first day to the start of the next month's first day.
     * Beijing's monthly ranking is {@code Period.month(YearMonth.of(2026, 3), ZoneId.of("Asia/Shanghai"))}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Period month(YearMonth month, ZoneId zone) {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
        return new Period(month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** Whether the instant is at or after {@code from} and before {@code until}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(until);
    }

    @Override
    public String toString() {
        return "[" + from + ", " + until + ")";
    }
}
