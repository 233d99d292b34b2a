package org.gridgov.time;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/** Something that moved a {@link Deadline} after it started: a pause, or an approved extension. */
public sealed interface Adjustment {

    /** When it happened. */
    LocalDateTime at();

    /**
     * The clock stopped, e.g. while waiting for the resident's materials; {@code until} is empty while it lasts.
     *
     * @param at     when the clock stopped
     * @param until  when it restarted
     * @param reason why, as recorded
     */
    record Pause(LocalDateTime at, Optional<LocalDateTime> until, String reason) implements Adjustment {
        public Pause {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(until, "until");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * An approved extension (延期): the limit grows by {@code extra}, counted from the due instant it replaces.
     *
     * @param at     when it was approved
     * @param extra  the added time
     * @param reason why, as recorded
     */
    record Extension(LocalDateTime at, TimeLimit extra, String reason) implements Adjustment {
        public Extension {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(extra, "extra");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
