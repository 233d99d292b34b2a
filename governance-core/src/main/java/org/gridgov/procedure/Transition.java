package org.gridgov.procedure;

import java.util.Objects;

/**
 * A move between stages: in stage {@code from}, an event of kind {@code on} moves the case to stage {@code to}.
 *
 * <p>With {@code from} = {@link StageId#ANY} the transition applies in every stage that has no transition of
 * its own on that event, except in its target stage: {@code any --closed--> done} moves a case to
 * {@code done} from wherever it is, and does nothing once it is there. A transition from a stage to itself
 * re-enters the stage, which restarts its time limit (a whistle blown again one level up).
 *
 * @param from the stage the case is in, or {@link StageId#ANY}
 * @param on   the kind of event that moves it
 * @param to   the stage it moves to; never {@link StageId#ANY}
 */
public record Transition(StageId from, EventKind on, StageId to) {
    /** @throws NullPointerException if an argument is null */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(to, "to");
    }

    /** A transition between stages named by id ({@code "any"} for the wildcard). */
    public static Transition of(String from, EventKind on, String to) {
        return new Transition(StageId.of(from), on, StageId.of(to));
    }

    /** True if it applies in any stage. */
    public boolean isWildcard() {
        return from.isAny();
    }

    @Override
    public String toString() {
        return from + " --" + on + "--> " + to;
    }
}
