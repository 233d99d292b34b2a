package org.gridgov.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which days are working days and which hours of them are working time, for counting time limits exactly.
 *
 * <p><b>Working days.</b> A date is a working day if the calendar's own days (a city's or district's
 * additions) or the national table list it as an adjusted working day; it is not if either lists it as a
 * holiday; otherwise Monday to Friday are working days. Local days take precedence over national ones. A date
 * in a year the national table does not cover follows the weekday rule, {@link #covers(int)} says so, and a
 * warning is logged once per year.
 *
 * <p><b>Working time.</b> Every working day has the same {@link WorkingHours}, by default {@code 08:30–12:00}
 * and {@code 13:30–17:30}. Periods are half-open: at 12:00 the morning is over.
 *
 * <p><b>Counting.</b> Times are local date-times in the city's zone (Chinese cities keep no daylight saving
 * time). One working day is a working day of the calendar, never 24 working hours:
 * <ul>
 *   <li>{@link #plusWorkingHours}: the earliest instant by which that much working time has passed; work
 *       that ends exactly at a period's end is due at that end ({@code 09:00 + 3 working hours = 12:00}).</li>
 *   <li>{@link #plusWorkingDays}: the same time of day on the Nth working day after the start; a start
 *       outside working time first moves to the beginning of the next working period (Friday 19:00 before an
 *       ordinary weekend + 1 working day = Tuesday 08:30).</li>
 * </ul>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class WorkCalendar {
    /** No calendar goes longer than this without a working day; beyond it the calendar is broken. */
    private static final int MAX_DAYS_WITHOUT_WORK = 3660;

    private final HolidayTable national;
    private final ImmutableMap<LocalDate, SpecialDay> local;
    private final WorkingHours hours;

    WorkCalendar(HolidayTable national, Map<LocalDate, SpecialDay> local, WorkingHours hours) {
        this.national = Objects.requireNonNull(national, "national");
        this.local = ImmutableMap.copyOf(local);
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /** A calendar over a holiday table with the given working hours and no local days. */
    public static WorkCalendar of(HolidayTable national, WorkingHours hours) {
        return new WorkCalendar(national, Map.of(), hours);
    }

    /**
     * This calendar with local days added: a city's or district's own holidays and working days. A local day
     * replaces a national or earlier local entry for the same date.
     */
    public WorkCalendar withDays(Collection<SpecialDay> days) {
        Map<LocalDate, SpecialDay> merged = new HashMap<>(local);
        days.forEach(d -> merged.put(d.date(), d));
        return new WorkCalendar(national, merged, hours);
    }

    /** This calendar with other working hours. */
    public WorkCalendar withWorkingHours(WorkingHours other) {
        return new WorkCalendar(national, local, other);
    }

    /** The working hours of every working day. */
    public WorkingHours workingHours() {
        return hours;
    }

    /** The national holiday table underneath. */
    public HolidayTable national() {
        return national;
    }

    /** The local days added to the national table. */
    public Collection<SpecialDay> localDays() {
        return local.values();
    }

    /** True if the national table is complete for this year; otherwise its dates follow the weekday rule. */
    public boolean covers(int year) {
        return national.covers(year);
    }

    /** How this calendar sees a date: working or not, and the holiday's name if it has one. */
    public CalendarDay day(LocalDate date) {
        Optional<SpecialDay> special = Optional.ofNullable(local.get(date)).or(() -> national.find(date));
        return special.map(s -> new CalendarDay(date, s.working(), Optional.of(s.name())))
                .orElseGet(() -> new CalendarDay(date, isWeekday(date), Optional.empty()));
    }

    /** True if the date is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        SpecialDay s = local.get(date);
        if (s == null) {
            s = national.find(date).orElse(null);
        }
        return s != null ? s.working() : isWeekday(date);
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /** True if the instant lies in a working period of a working day (the period's end excluded). */
    public boolean isWorkingTime(LocalDateTime at) {
        if (!isWorkingDay(at.toLocalDate())) {
            return false;
        }
        LocalTime t = at.toLocalTime();
        return hours.periods().stream().anyMatch(p -> !t.isBefore(p.start()) && t.isBefore(p.end()));
    }

    /**
     * True if the instant lies in a working period of a working day or at its end. Due instants computed in
     * working time always satisfy this: work that ends with the morning is due at 12:00.
     */
    public boolean isWithinWorkingHours(LocalDateTime at) {
        if (!isWorkingDay(at.toLocalDate())) {
            return false;
        }
        LocalTime t = at.toLocalTime();
        return hours.periods().stream().anyMatch(p -> !t.isBefore(p.start()) && !t.isAfter(p.end()));
    }

    /** The instant itself if it is working time, else the start of the next working period. */
    public LocalDateTime nextWorkingInstant(LocalDateTime at) {
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        for (int i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
            if (isWorkingDay(day)) {
                for (WorkingPeriod p : hours.periods()) {
                    if (time.isBefore(p.end())) {
                        return day.atTime(time.isBefore(p.start()) ? p.start() : time);
                    }
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS_WITHOUT_WORK + " days after " + at);
    }

    /** The first working day after a date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        for (int i = 0; i < MAX_DAYS_WITHOUT_WORK; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no working day within " + MAX_DAYS_WITHOUT_WORK + " days after " + date);
    }

    /**
     * The same time of day on the Nth working day after the start; a start outside working time first moves to
     * the start of the next working period. Examples with the national calendar and default hours:
     * <ul>
     *   <li>2025-09-30T16:00 + 3 = 2025-10-11T16:00 (1–8 October are off; Saturday 11 October is worked);</li>
     *   <li>2024-02-08T10:00 (Thursday) + 1 = 2024-02-09T10:00 (Friday), + 2 = 2024-02-18T10:00 (the Spring
     *       Festival holiday runs 10–17 February, and Sunday 18 February is worked);</li>
     *   <li>2025-01-03T18:00 (Friday evening) + 1 = 2025-01-07T08:30 (counted from Monday 08:30).</li>
     * </ul>
     *
     * @param days N, at least 0; 0 gives the start moved into working time
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public LocalDateTime plusWorkingDays(LocalDateTime start, int days) {
        checkArgument(days >= 0, "working days to add must not be negative: %s", days);
        LocalDateTime from = nextWorkingInstant(start);
        LocalDate day = from.toLocalDate();
        for (int i = 0; i < days; i++) {
            day = nextWorkingDay(day);
        }
        return day.atTime(from.toLocalTime());
    }

    /**
     * The end of the working hours of the Nth working day after the start's day, whatever the time of the start:
     * "N个工作日内", "次个工作日下班前" ({@link Rounding#END_OF_DAY}). With the national calendar and default hours,
     * 2024-05-07T16:00 (Tuesday) + 1 = 2024-05-08T17:30, and 2025-01-03T18:00 (Friday) + 1 = 2025-01-06T17:30.
     *
     * @param days N, at least 1
     * @throws IllegalArgumentException if {@code days} is less than 1
     */
    public LocalDateTime endOfWorkingDays(LocalDateTime start, int days) {
        checkArgument(days >= 1, "working days to count must be at least 1: %s", days);
        LocalDate day = start.toLocalDate();
        for (int i = 0; i < days; i++) {
            day = nextWorkingDay(day);
        }
        List<WorkingPeriod> periods = hours.periods();
        return day.atTime(periods.get(periods.size() - 1).end());
    }

    /**
     * The earliest instant by which {@code amount} of working time has passed since the start. Adding zero
     * gives the start itself.
     *
     * @throws IllegalArgumentException if the amount is negative
     */
    public LocalDateTime plusWorkingHours(LocalDateTime start, Duration amount) {
        checkArgument(!amount.isNegative(), "working time to add must not be negative: %s", amount);
        if (amount.isZero()) {
            return start;
        }
        Duration left = amount;
        LocalDate day = start.toLocalDate();
        LocalTime time = start.toLocalTime();
        int idle = 0;
        while (true) {
            if (isWorkingDay(day)) {
                idle = 0;
                for (WorkingPeriod p : hours.periods()) {
                    if (!time.isBefore(p.end())) {
                        continue;
                    }
                    LocalTime from = time.isBefore(p.start()) ? p.start() : time;
                    Duration available = Duration.between(from, p.end());
                    if (left.compareTo(available) <= 0) {
                        return day.atTime(from.plus(left));
                    }
                    left = left.minus(available);
                }
            } else if (++idle > MAX_DAYS_WITHOUT_WORK) {
                throw new IllegalStateException("no working day within " + MAX_DAYS_WITHOUT_WORK + " days after " + day);
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
    }

    /**
     * The working time between two instants: the parts of working periods of working days that lie in
     * {@code [from, to)}.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        checkArgument(!to.isBefore(from), "the end %s is before the start %s", to, from);
        Duration total = Duration.ZERO;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingPeriod p : hours.periods()) {
                LocalDateTime a = max(day.atTime(p.start()), from);
                LocalDateTime b = min(day.atTime(p.end()), to);
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /** Equal when over the same national table with the same local days and working hours. */
    @Override
    public boolean equals(Object o) {
        return o instanceof WorkCalendar c && c.national == national && c.local.equals(local) && c.hours.equals(hours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(national), local, hours);
    }

    @Override
    public String toString() {
        return "WorkCalendar[" + national.source() + " " + national.coveredYears() + ", " + local.size()
                + " local days, hours " + hours + "]";
    }
}
