package org.gridgov.deliberation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;

/**
 * What a body did in a period, counted from its items' and meetings' timelines: the numbers its score and the
 * evaluation report's deliberation section rest on. An item counts in the period it was tabled in; a meeting in
 * the period it was called for.
 *
 * @param body               the body
 * @param from               the period's start (inclusive)
 * @param to                 its end (exclusive)
 * @param meetings           meetings held (opened) in the period
 * @param quorate            of those, meetings that reached the body's own quorum
 * @param tabled             items tabled in the period
 * @param decided            of those, items decided
 * @param decidedOnTime      of the decided, those decided by their {@code deliberate} deadline (or without one)
 * @param notCarried         items put to the vote and not carried
 * @param reportedBack       decided items reported back
 * @param reportedBackOnTime of those, reported back by their {@code report-back} deadline (or without one)
 * @param evaluated          items the body reviewed
 * @param ratings            residents' ratings, one per person per item
 * @param satisfied          of those, satisfied or basically satisfied
 * @param tasks              tasks the resolutions set
 * @param tasksResolved      of those, issues resolved or closed
 * @param daysToDecision     mean days from proposal to decision, if anything was decided
 */
public record BodyRecord(BodyId body, Instant from, Instant to, int meetings, int quorate, int tabled, int decided,
                         int decidedOnTime, int notCarried, int reportedBack, int reportedBackOnTime, int evaluated,
                         int ratings, int satisfied, int tasks, int tasksResolved, OptionalDouble daysToDecision) {
    public BodyRecord {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(daysToDecision, "daysToDecision");
    }

    /**
     * Counts a body's record.
     *
     * @param items    every item (those of other bodies are skipped)
     * @param meetings every meeting (likewise)
     * @param resolved whether a task's issue is resolved or closed
     */
    public static BodyRecord of(Body body, Instant from, Instant to, List<Item> items, List<Meeting> meetings,
                                Predicate<IssueId> resolved) {
        List<Meeting> held = meetings.stream().filter(m -> m.body().equals(body.id()))
                .filter(m -> !m.when().isBefore(from) && m.when().isBefore(to))
                .filter(m -> !m.attendance().isEmpty()).toList();
        int quorate = (int) held.stream().filter(m -> Tally.quorate(body, m, body.quorum())).count();
        List<Item> ours = items.stream().filter(i -> i.body().equals(Optional.of(body.id())))
                .filter(i -> tabledAt(i).map(t -> !t.isBefore(from) && t.isBefore(to)).orElse(false)).toList();
        List<Item> decided = ours.stream().filter(i -> i.status().decided()).toList();
        int onTime = (int) decided.stream().filter(i -> byDeadline(i, Item.DELIBERATE, i.decidedAt().orElseThrow()))
                .count();
        int notCarried = (int) ours.stream().filter(i -> i.status() == ItemStatus.NOT_CARRIED).count();
        List<Item> back = decided.stream().filter(i -> i.reportedBackAt().isPresent()).toList();
        int backOnTime = (int) back.stream().filter(i -> byDeadline(i, Item.REPORT_BACK, reportedAt(i))).count();
        int evaluated = (int) ours.stream().filter(i -> i.status() == ItemStatus.EVALUATED).count();
        int ratings = ours.stream().mapToInt(i -> i.ratings().size()).sum();
        int satisfied = (int) ours.stream().flatMap(i -> i.ratings().values().stream())
                .filter(r -> r != Rating.UNSATISFIED).count();
        int tasks = decided.stream().mapToInt(i -> i.resolution().orElseThrow().tasks().size()).sum();
        int tasksResolved = (int) decided.stream().flatMap(i -> i.tasks().values().stream()).filter(resolved).count();
        OptionalDouble days = decided.stream().mapToDouble(i -> Duration.between(i.proposedAt(),
                i.decidedAt().orElseThrow()).toMinutes() / 1440.0).average();
        return new BodyRecord(body.id(), from, to, held.size(), quorate, ours.size(), decided.size(), onTime,
                notCarried, back.size(), backOnTime, evaluated, ratings, satisfied, tasks, tasksResolved, days);
    }

    /** The share of tabled items decided, 0 when nothing was tabled. */
    public double decidedShare() {
        return tabled == 0 ? 0 : (double) decided / tabled;
    }

    /** The share of ratings satisfied or basically satisfied, 0 without ratings. */
    public double satisfaction() {
        return ratings == 0 ? 0 : (double) satisfied / ratings;
    }

    private static Optional<Instant> tabledAt(Item i) {
        return i.timeline().stream().filter(e -> e instanceof ItemEvent.Tabled).map(ItemEvent::at).findFirst();
    }

    private static Instant reportedAt(Item i) {
        return i.timeline().stream().filter(e -> e instanceof ItemEvent.ReportedBack).map(ItemEvent::at)
                .findFirst().orElseThrow();
    }

    /** Whether {@code done} came by the last deadline of a kind set before it (true without one). */
    private static boolean byDeadline(Item i, String kind, Instant done) {
        Optional<Instant> due = Optional.empty();
        for (ItemEvent e : i.timeline()) {
            if (!e.at().isAfter(done) && e instanceof ItemEvent.DeadlineSet d && d.kind().equals(kind)) {
                due = Optional.of(d.due());
            }
        }
        return due.map(d -> !done.isAfter(d)).orElse(true);
    }
}
