package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Pauses and warnings over generated starts, limits and pause schedules. */
class DeadlineProperties {
    private final WorkCalendar china = WorkCalendars.chinaMainland();

    /** A pause: it begins {@code gap} minutes after the previous change and lasts {@code length} minutes. */
    record PauseSpec(int gap, int length) {
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return TimeArbitraries.instants();
    }

    @Provide
    Arbitrary<TimeLimit> limits() {
        return TimeArbitraries.limits();
    }

    @Provide
    Arbitrary<List<PauseSpec>> pauses() {
        Arbitrary<Integer> minutes = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 600),
                Arbitraries.integers().between(0, 14 * 24 * 60));
        return Combinators.combine(minutes, minutes).as(PauseSpec::new).list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0.001, 1.0).ofScale(6), Arbitraries.of(0.5, 0.8, 0.9, 1.0));
    }

    private static Deadline paused(Deadline d, List<PauseSpec> specs) {
        LocalDateTime at = d.start();
        for (PauseSpec p : specs) {
            at = at.plusMinutes(p.gap());
            d = d.pause(at, "p");
            at = at.plusMinutes(p.length());
            d = d.resume(at);
        }
        return d;
    }

    private Duration measure(TimeLimit limit, LocalDateTime from, LocalDateTime to) {
        return limit.isWorkingTime() ? china.workingTimeBetween(from, to) : Duration.between(from, to);
    }

    /** Time consumed from the start to an instant, pauses that began before it excluded. */
    private Duration consumed(Deadline d, LocalDateTime to) {
        Duration total = measure(d.limit(), d.start(), to);
        for (Adjustment a : d.adjustments()) {
            Adjustment.Pause p = (Adjustment.Pause) a;
            if (p.at().isBefore(to)) {
                LocalDateTime end = p.until().orElseThrow();
                total = total.minus(measure(d.limit(), p.at(), end.isBefore(to) ? end : to));
            }
        }
        return total;
    }

    @Property(tries = 400)
    void pausingNeverMakesADeadlineEarlierAndConsumesExactlyTheLimit(@ForAll("starts") LocalDateTime s,
            @ForAll("limits") TimeLimit limit, @ForAll("pauses") List<PauseSpec> specs) {
        Deadline plain = Deadline.start(s, limit, china);
        Deadline withPauses = paused(plain, specs);
        LocalDateTime unpaused = plain.due().orElseThrow();
        LocalDateTime due = withPauses.due().orElseThrow();
        assertThat(due).isAfterOrEqualTo(unpaused);
        // The time consumed up to the due instant, pauses excluded, is what the limit allowed without pauses.
        assertThat(consumed(withPauses, due)).isEqualTo(measure(limit, s, unpaused));
        if (limit.isWorkingTime()) {
            assertThat(china.isWithinWorkingHours(due)).isTrue();
        }
    }

    @Property(tries = 300)
    void whilePausedNothingIsDueAndNothingOverdue(@ForAll("starts") LocalDateTime s, @ForAll("limits") TimeLimit limit,
            @ForAll("pauses") List<PauseSpec> specs) {
        Deadline d = paused(Deadline.start(s, limit, china), specs);
        LocalDateTime at = d.adjustments().isEmpty() ? s
                : ((Adjustment.Pause) d.adjustments().get(d.adjustments().size() - 1)).until().orElseThrow();
        Deadline open = d.pause(at, "open");
        assertThat(open.due()).isEmpty();
        assertThat(open.isOverdue(at.plusYears(5))).isFalse();
        assertThat(open.resume(at).due()).isEqualTo(d.due()); // a pause of no length changes nothing
    }

    @Property(tries = 400)
    void warningsAreMonotonicInTheFractionAndNeverAfterDue(@ForAll("starts") LocalDateTime s,
            @ForAll("limits") TimeLimit limit, @ForAll("pauses") List<PauseSpec> specs,
            @ForAll("fractions") double f1, @ForAll("fractions") double f2) {
        Deadline d = paused(Deadline.start(s, limit, china), specs);
        LocalDateTime due = d.due().orElseThrow();
        LocalDateTime w1 = d.warningAt(Math.min(f1, f2)).orElseThrow();
        LocalDateTime w2 = d.warningAt(Math.max(f1, f2)).orElseThrow();
        assertThat(w1).isAfterOrEqualTo(s).isBeforeOrEqualTo(w2);
        assertThat(w2).isBeforeOrEqualTo(due);
        assertThat(d.warningAt(1)).contains(due);
    }

    @Property(tries = 300)
    void aWarningFallsWhenItsFractionOfTheAllowedTimeIsConsumed(@ForAll("starts") LocalDateTime s,
            @ForAll("limits") TimeLimit limit, @ForAll("pauses") List<PauseSpec> specs,
            @ForAll("fractions") double f) {
        Deadline d = paused(Deadline.start(s, limit, china), specs);
        LocalDateTime unpaused = limit.dueFrom(s, china);
        Duration allowed = measure(limit, s, unpaused);
        LocalDateTime w = d.warningAt(f).orElseThrow();
        Duration expected = f == 1 ? allowed : Duration.ofNanos((long) (allowed.toNanos() * f));
        assertThat(consumed(d, w)).isEqualTo(expected);
    }
}
