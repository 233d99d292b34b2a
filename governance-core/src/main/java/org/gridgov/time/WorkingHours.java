package org.gridgov.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The working periods of a working day, in order and without overlap. Every working day has the same periods;
 * a calendar with other hours (a summer schedule, a district with longer hours) is another calendar.
 */
public final class WorkingHours {
    /**
     * The default: {@code 08:30–12:00} and {@code 13:30–17:30}, the office hours of most Chinese government
     * bodies, 7.5 working hours a day. Cities with other hours declare theirs in the profile.
     */
    public static final WorkingHours DEFAULT = of(WorkingPeriod.of("08:30", "12:00"), WorkingPeriod.of("13:30", "17:30"));

    private final ImmutableList<WorkingPeriod> periods;
    private final Duration perDay;

    private WorkingHours(List<WorkingPeriod> periods) {
        this.periods = ImmutableList.copyOf(periods);
        this.perDay = periods.stream().map(WorkingPeriod::length).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Working hours from periods in order.
     *
     * @throws IllegalArgumentException if there are none, or if a period starts before the previous one ends
     */
    public static WorkingHours of(WorkingPeriod... periods) {
        return of(Arrays.asList(periods));
    }

    /** Working hours from a list of periods in order; see {@link #of(WorkingPeriod...)}. */
    public static WorkingHours of(List<WorkingPeriod> periods) {
        checkArgument(!periods.isEmpty(), "working hours need at least one period");
        for (int i = 1; i < periods.size(); i++) {
            checkArgument(!periods.get(i).start().isBefore(periods.get(i - 1).end()),
                    "working periods must be in order and must not overlap: %s then %s",
                    periods.get(i - 1), periods.get(i));
        }
        return new WorkingHours(periods);
    }

    /** The periods, in order. */
    public List<WorkingPeriod> periods() {
        return periods;
    }

    /** The working time of one working day. */
    public Duration perDay() {
        return perDay;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours w && w.periods.equals(periods);
    }

    @Override
    public int hashCode() {
        return periods.hashCode();
    }

    @Override
    public String toString() {
        return periods.toString();
    }
}
