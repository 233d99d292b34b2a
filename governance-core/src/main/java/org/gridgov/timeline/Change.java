package org.gridgov.timeline;

import java.util.Objects;
import org.gridgov.issue.Rejection;

/**
 * The result of a proposed event on an item or a meeting: accepted with the new state, or refused with why,
 * leaving the state as it was. Refusals are values.
 *
 * @param <S> the state: an item, a meeting, a report-in, a wish, a service record
 * @param <E> its events
 */
public sealed interface Change<S, E> {

    /** Whether the event was accepted. */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** The event was accepted: the state after it, and the event to append. */
    record Accepted<S, E>(S state, E event) implements Change<S, E> {
        public Accepted {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(event, "event");
        }
    }

    /** The event was refused. */
    record Rejected<S, E>(Rejection rejection) implements Change<S, E> {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /** A refusal with a code and text. */
    static <S, E> Change<S, E> refused(String code, String zh, String en) {
        return new Rejected<>(Rejection.of(code, zh, en));
    }
}
