package org.gridgov.procedure;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One stay of a case in a stage, from the event that moved it in to the event that moved it out.
 *
 * @param stage     the stage
 * @param enteredAt when the case entered it: the time of the event {@code enteredBy}
 * @param enteredBy the kind of event that moved it in; {@link EventKind#REPORTED} for the first stage
 * @param leftAt    when it left, empty while the case is still there
 * @param leftBy    the kind of event that moved it out, present exactly when {@code leftAt} is
 */
public record StageVisit(StageId stage, Instant enteredAt, EventKind enteredBy, Optional<Instant> leftAt,
                         Optional<EventKind> leftBy) {
    /**
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if only one of {@code leftAt} and {@code leftBy} is given, or the case
     *                                  left before it entered
     */
    public StageVisit {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(enteredBy, "enteredBy");
        Objects.requireNonNull(leftAt, "leftAt");
        Objects.requireNonNull(leftBy, "leftBy");
        checkArgument(leftAt.isPresent() == leftBy.isPresent(), "leftAt and leftBy go together");
        checkArgument(leftAt.map(l -> !l.isBefore(enteredAt)).orElse(true),
                "a visit of %s cannot end at %s before it began at %s", stage, leftAt.orElse(null), enteredAt);
    }

    /** True while the case is still in the stage. */
    public boolean isOpen() {
        return leftAt.isEmpty();
    }

    /** This visit ended by an event. */
    StageVisit leave(Instant at, EventKind by) {
        return new StageVisit(stage, enteredAt, enteredBy, Optional.of(at), Optional.of(by));
    }

    @Override
    public String toString() {
        return stage + " [" + enteredAt + " by " + enteredBy
                + leftAt.map(l -> " .. " + l + " by " + leftBy.get()).orElse(" ..") + "]";
    }
}
