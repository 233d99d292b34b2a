package org.gridgov.timeline;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;
import org.gridgov.time.TimeLimit;

/** What follow-up rules ask for when a deadline of a timeline (an item, a service record) falls due. */
public sealed interface FollowUp {

    /** Warn whoever must act: a body's convenor, the community that verifies a service. */
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
