package org.gridgov.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.MeetingEvent;
import org.gridgov.deliberation.Tally;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rejection;
import org.gridgov.policy.Explanation;

/** What a deliberation command came to: done, refused with why, or beaten by another writer. */
public sealed interface DeliberationOutcome {

    /** Whether it was done. */
    default boolean isDone() {
        return this instanceof Done;
    }

    /**
     * Done.
     *
     * @param itemEvents    events appended to items, in order
     * @param meetingEvents events appended to the meeting
     * @param tasks         issues created for a resolution's tasks
     * @param tally         the count, when an item was put to the vote (carried or not)
     * @param explanation   the policy's explanation, when one was asked
     */
    record Done(List<ItemEvent> itemEvents, List<MeetingEvent> meetingEvents, List<IssueId> tasks,
                Optional<Tally> tally, Optional<Explanation> explanation) implements DeliberationOutcome {
        public Done {
            itemEvents = List.copyOf(itemEvents);
            meetingEvents = List.copyOf(meetingEvents);
            tasks = List.copyOf(tasks);
            Objects.requireNonNull(tally, "tally");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /** Refused: nothing was stored. */
    record Refused(Rejection rejection) implements DeliberationOutcome {
        public Refused {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * Another writer appended to the stream first; nothing of this command was stored.
     *
     * @param stream the item or meeting
     */
    record Conflicted(String stream) implements DeliberationOutcome {
        public Conflicted {
            Objects.requireNonNull(stream, "stream");
        }
    }
}
