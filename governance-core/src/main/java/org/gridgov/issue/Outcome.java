package org.gridgov.issue;

import java.util.Objects;

/**
 * The result of a command on an issue: the event was accepted, giving the new state, or the lifecycle refused
 * it, leaving the issue as it was. Refusals are values; only programming errors throw.
 */
public sealed interface Outcome {

    /** Whether the event was accepted. */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * The event was accepted.
     *
     * @param issue the issue after the event
     * @param event the event to append to the store
     */
    record Accepted(Issue issue, IssueEvent event) implements Outcome {
        public Accepted {
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * The event was refused.
     *
     * @param rejection why
     */
    record Rejected(Rejection rejection) implements Outcome {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }
    }
}
