package org.gridgov.service;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridgov.issue.Rejection;
import org.gridgov.timeline.Change;

/**
 * What the service aggregates share: an immutable timeline, an event applied only when the aggregate's lifecycle
 * accepts it, and replay that refuses a stored event it would not accept.
 */
final class Timeline {
    private Timeline() {
    }

    /** The first event's stream. */
    static ServiceId stream(List<ServiceEvent> events) {
        return events.get(0).stream();
    }

    /**
     * Applies an event to a state: the state's check, then the state built from the longer timeline.
     *
     * @param check   why the event may not follow, if it may not
     * @param rebuild the state of a timeline
     */
    static <S> Change<S, ServiceEvent> apply(ImmutableList<ServiceEvent> timeline, ServiceEvent e,
                                             Optional<Rejection> check, Function<ImmutableList<ServiceEvent>, S> rebuild) {
        checkArgument(e.stream().equals(stream(timeline)), "event of %s applied to %s", e.stream(), stream(timeline));
        if (check.isPresent()) {
            return new Change.Rejected<>(check.get());
        }
        return new Change.Accepted<>(rebuild.apply(ImmutableList.<ServiceEvent>builder().addAll(timeline).add(e)
                .build()), e);
    }

    /** Replays a stored timeline, event by event through {@code apply}, failing on one the lifecycle refuses. */
    static <S> S replay(List<ServiceEvent> timeline, S first, java.util.function.BiFunction<S, ServiceEvent,
            Change<S, ServiceEvent>> apply) {
        S state = first;
        for (ServiceEvent e : timeline.subList(1, timeline.size())) {
            Change<S, ServiceEvent> c = apply.apply(state, e);
            if (c instanceof Change.Rejected<S, ServiceEvent> r) {
                throw new IllegalArgumentException(e.stream() + ": stored event " + e.getClass().getSimpleName()
                        + " is refused: " + r.rejection());
            }
            state = ((Change.Accepted<S, ServiceEvent>) c).state();
        }
        return state;
    }

    static Optional<Rejection> no(String code, String zh, String en) {
        return Optional.of(Rejection.of(code, zh, en));
    }
}
