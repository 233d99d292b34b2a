package org.gridgov.time;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A time limit running from a start: when it is due, paused and resumed, extended, and when warnings fall.
 *
 * <p><b>Due instant.</b> Without adjustments it is {@code limit.dueFrom(start)}. Each closed pause that began
 * before the current due instant moves it later by the time the pause consumed in the limit's own measure
 * (working time for working limits: a pause over a weekend moves nothing; natural time otherwise). A pause
 * that begins after the due instant moves nothing: an overdue case stays overdue. An extension moves it by
 * its extra limit counted from the current due instant. While a pause is open there is no due instant.
 * Pausing therefore never makes a deadline earlier.
 *
 * <p><b>Warnings.</b> {@link #warningAt(double)} is the instant by which a fraction of the allowed time has
 * been consumed, pauses excluded: the 50 % and 80 % marks that policies warn at.
 *
 * <p>A value: every change returns a new deadline. Adjustments must come in time order.
 */
public final class Deadline {
    private final LocalDateTime start;
    private final TimeLimit limit;
    private final WorkCalendar calendar;
    private final ImmutableList<Adjustment> adjustments;

    private Deadline(LocalDateTime start, TimeLimit limit, WorkCalendar calendar, List<Adjustment> adjustments) {
        this.start = start;
        this.limit = limit;
        this.calendar = calendar;
        this.adjustments = ImmutableList.copyOf(adjustments);
    }

    /** A deadline starting now for a limit, counted by a calendar. */
    public static Deadline start(LocalDateTime start, TimeLimit limit, WorkCalendar calendar) {
        return new Deadline(Objects.requireNonNull(start, "start"), Objects.requireNonNull(limit, "limit"),
                Objects.requireNonNull(calendar, "calendar"), List.of());
    }

    /** When the clock started. */
    public LocalDateTime start() {
        return start;
    }

    /** The limit it started with. */
    public TimeLimit limit() {
        return limit;
    }

    /** Pauses and extensions, in order. */
    public List<Adjustment> adjustments() {
        return adjustments;
    }

    /** True while a pause is open. */
    public boolean isPaused() {
        return !adjustments.isEmpty() && adjustments.get(adjustments.size() - 1) instanceof Adjustment.Pause p
                && p.until().isEmpty();
    }

    /**
     * Stops the clock.
     *
     * @throws IllegalStateException    if already paused
     * @throws IllegalArgumentException if {@code at} is before the start or the last adjustment
     */
    public Deadline pause(LocalDateTime at, String reason) {
        checkState(!isPaused(), "the deadline is already paused");
        checkInOrder(at);
        return with(new Adjustment.Pause(at, Optional.empty(), reason));
    }

    /**
     * Restarts the clock; the due instant is recomputed.
     *
     * @throws IllegalStateException    if not paused
     * @throws IllegalArgumentException if {@code at} is before the pause began
     */
    public Deadline resume(LocalDateTime at) {
        checkState(isPaused(), "the deadline is not paused");
        Adjustment.Pause open = (Adjustment.Pause) adjustments.get(adjustments.size() - 1);
        checkArgument(!at.isBefore(open.at()), "cannot resume at %s before the pause began at %s", at, open.at());
        List<Adjustment> changed = new java.util.ArrayList<>(adjustments.subList(0, adjustments.size() - 1));
        changed.add(new Adjustment.Pause(open.at(), Optional.of(at), open.reason()));
        return new Deadline(start, limit, calendar, changed);
    }

    /**
     * Grants an extension (延期) of {@code extra}, counted from the current due instant.
     *
     * @throws IllegalStateException    while paused
     * @throws IllegalArgumentException if {@code at} is before the start or the last adjustment
     */
    public Deadline extend(TimeLimit extra, LocalDateTime at, String reason) {
        checkState(!isPaused(), "resume the deadline before extending it");
        checkInOrder(at);
        return with(new Adjustment.Extension(at, extra, reason));
    }

    private void checkInOrder(LocalDateTime at) {
        checkArgument(!at.isBefore(start), "%s is before the deadline started at %s", at, start);
        if (!adjustments.isEmpty()) {
            Adjustment last = adjustments.get(adjustments.size() - 1);
            LocalDateTime after = last instanceof Adjustment.Pause p ? p.until().orElse(p.at()) : last.at();
            checkArgument(!at.isBefore(after), "%s is before the last change at %s", at, after);
        }
    }

    private Deadline with(Adjustment a) {
        return new Deadline(start, limit, calendar, ImmutableList.<Adjustment>builder().addAll(adjustments).add(a).build());
    }

    /** The due instant; empty while paused. */
    public Optional<LocalDateTime> due() {
        if (isPaused()) {
            return Optional.empty();
        }
        LocalDateTime due = limit.dueFrom(start, calendar);
        for (Adjustment a : adjustments) {
            if (a instanceof Adjustment.Pause p && p.at().isBefore(due)) {
                due = plus(due, measure(p.at(), p.until().orElseThrow()));
            } else if (a instanceof Adjustment.Extension e) {
                due = e.extra().dueFrom(due, calendar);
            }
        }
        return Optional.of(due);
    }

    /** True if not paused and {@code now} is after the due instant. */
    public boolean isOverdue(LocalDateTime now) {
        return due().map(now::isAfter).orElse(false);
    }

    /**
     * The instant by which a fraction of the allowed time has been consumed, pauses excluded; empty while
     * paused. {@code warningAt(1)} is the due instant.
     *
     * @param fraction greater than 0, at most 1
     * @throws IllegalArgumentException for a fraction outside (0, 1]
     */
    public Optional<LocalDateTime> warningAt(double fraction) {
        checkArgument(fraction > 0 && fraction <= 1, "a warning fraction is in (0, 1], got %s", fraction);
        Optional<LocalDateTime> due = due();
        if (due.isEmpty() || fraction == 1) {
            return due;
        }
        Duration allowed = activeBetween(start, due.get());
        LocalDateTime at = plus(start, Duration.ofNanos((long) (allowed.toNanos() * fraction)));
        for (Adjustment a : adjustments) {
            if (a instanceof Adjustment.Pause p && p.at().isBefore(at)) {
                at = plus(at, measure(p.at(), p.until().orElseThrow()));
            }
        }
        return Optional.of(at);
    }

    /** Time consumed between two instants in this limit's measure, closed pauses excluded. */
    private Duration activeBetween(LocalDateTime from, LocalDateTime to) {
        Duration total = measure(from, to);
        for (Adjustment a : adjustments) {
            if (a instanceof Adjustment.Pause p && p.at().isBefore(to)) {
                LocalDateTime end = p.until().orElseThrow().isBefore(to) ? p.until().orElseThrow() : to;
                total = total.minus(measure(p.at(), end));
            }
        }
        return total;
    }

    private Duration measure(LocalDateTime from, LocalDateTime to) {
        return limit.isWorkingTime() ? calendar.workingTimeBetween(from, to) : Duration.between(from, to);
    }

    private LocalDateTime plus(LocalDateTime from, Duration amount) {
        return limit.isWorkingTime() ? calendar.plusWorkingHours(from, amount) : from.plus(amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Deadline d && d.start.equals(start) && d.limit.equals(limit)
                && d.calendar.equals(calendar) && d.adjustments.equals(adjustments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, limit, adjustments);
    }

    @Override
    public String toString() {
        return "Deadline[" + limit + " from " + start + ", due " + due().map(Object::toString).orElse("(paused)") + "]";
    }
}
