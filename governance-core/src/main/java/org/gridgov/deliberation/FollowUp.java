package org.gridgov.deliberation;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;
import org.gridgov.time.TimeLimit;

/** What the follow-up rules ask for when an item's deadline falls due. */
public sealed interface FollowUp {

    /** Warn the body's convenor. */
    record Warn(Bilingual message) implements FollowUp {
        public Warn {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Supervision from above (督办). */
    record Supervise(String note) implements FollowUp {
        public Supervise {
            Objects.requireNonNull(note, "note");
        }
    }

    /** A new deadline of a kind, counted from the due instant in the item's calendar. */
    record SetDeadline(String kind, TimeLimit limit) implements FollowUp {
        public SetDeadline {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(limit, "limit");
        }
    }
}
