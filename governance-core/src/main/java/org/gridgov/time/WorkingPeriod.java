package org.gridgov.time;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One period of working time in a day, such as the morning {@code 08:30–12:00}. Half-open: {@code start} is
 * inside, {@code end} is not.
 *
 * @param start when it begins
 * @param end   when it ends, after {@code start}
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {
    /** @throws IllegalArgumentException if {@code end} is not after {@code start} */
    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        checkArgument(end.isAfter(start), "a working period must end after it starts: %s–%s", start, end);
    }

    /** A period from text such as {@code 08:30} and {@code 12:00}. */
    public static WorkingPeriod of(String start, String end) {
        return new WorkingPeriod(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Its length. */
    public Duration length() {
        return Duration.between(start, end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
