package org.gridgov.engine;

import java.util.List;
import java.util.Objects;
import org.gridgov.issue.Rejection;
import org.gridgov.service.ServiceEvent;

/** What a service command came to: done with its events, refused with why, or beaten by another writer. */
public sealed interface ServiceOutcome {

    /** Whether it was done. */
    default boolean isDone() {
        return this instanceof Done;
    }

    /** Done: the events appended, in order (a confirmation may fulfil a wish too). */
    record Done(List<ServiceEvent> events) implements ServiceOutcome {
        public Done {
            events = List.copyOf(events);
        }
    }

    /** Refused: nothing was stored. */
    record Refused(Rejection rejection) implements ServiceOutcome {
        public Refused {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /** Another writer appended to the timeline first; nothing of this command was stored. */
    record Conflicted(String stream) implements ServiceOutcome {
        public Conflicted {
            Objects.requireNonNull(stream, "stream");
        }
    }
}
