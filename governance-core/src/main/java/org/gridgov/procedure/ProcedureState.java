package org.gridgov.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.time.WorkCalendar;

/**
 * Where a case stands in a procedure, derived by {@link Procedure#stateOf} from the issue's timeline.
 *
 * <p>The history is contiguous: it starts with the first stage entered at the {@code Reported} event, each
 * visit ends when the next begins, by the same event, and only the last visit is open.
 *
 * @param stage       the current stage
 * @param history     every visit in order, the last one open and of the current stage; copied
 * @param issueClosed whether the issue is {@link org.gridgov.issue.IssueStatus#CLOSED}, in which case no stage
 *                    time limit runs
 */
public record ProcedureState(Stage stage, List<StageVisit> history, boolean issueClosed) {
    /**
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the history is empty, not contiguous, or does not end with an open
     *                                  visit of the current stage
     */
    public ProcedureState {
        Objects.requireNonNull(stage, "stage");
        history = ImmutableList.copyOf(history);
        checkArgument(!history.isEmpty(), "a procedure state has at least the first stage's visit");
        for (int i = 0; i + 1 < history.size(); i++) {
            StageVisit a = history.get(i);
            StageVisit b = history.get(i + 1);
            checkArgument(a.leftAt().equals(Optional.of(b.enteredAt())) && a.leftBy().equals(Optional.of(b.enteredBy())),
                    "visit #%s does not end where visit #%s begins", i, i + 1);
        }
        StageVisit last = history.get(history.size() - 1);
        checkArgument(last.isOpen() && last.stage().equals(stage.id()),
                "the last visit must be an open visit of the current stage %s, is %s", stage.id(), last);
    }

    /** The current stage's id. */
    public StageId current() {
        return stage.id();
    }

    /** When the case entered the current stage. */
    public Instant enteredAt() {
        return history.get(history.size() - 1).enteredAt();
    }

    /** The open visit of the current stage. */
    public StageVisit currentVisit() {
        return history.get(history.size() - 1);
    }

    /** The stages visited, each once, in the order first entered. */
    public ImmutableSet<StageId> visited() {
        return history.stream().map(StageVisit::stage).collect(ImmutableSet.toImmutableSet());
    }

    /**
     * When the current stage's limit runs out, counted from when the case entered it, in the city's local time.
     *
     * @param calendar counts working time for working-time limits
     * @param zone     the city's zone, to turn instants into local times ({@code Asia/Shanghai})
     * @return empty if the stage has no limit or the issue is closed
     * @throws NullPointerException if an argument is null
     */
    public Optional<LocalDateTime> due(WorkCalendar calendar, ZoneId zone) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(zone, "zone");
        if (issueClosed) {
            return Optional.empty();
        }
        LocalDateTime entered = LocalDateTime.ofInstant(enteredAt(), zone);
        return stage.limit().map(l -> l.dueFrom(entered, calendar));
    }

    /** {@link #due} as an instant. */
    public Optional<Instant> dueInstant(WorkCalendar calendar, ZoneId zone) {
        return due(calendar, zone).map(d -> d.atZone(zone).toInstant());
    }

    /** True if the current stage has a due instant and {@code now} is after it. */
    public boolean isOverdue(Instant now, WorkCalendar calendar, ZoneId zone) {
        Objects.requireNonNull(now, "now");
        return dueInstant(calendar, zone).map(now::isAfter).orElse(false);
    }
}
