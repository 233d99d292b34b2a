package org.gridgov.store;

import java.util.Objects;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.Rejection;

/**
 * What {@link IssueRepository} did with a command: stored its event, or refused it (the lifecycle said no, or
 * the issue is unknown), or found that another writer appended first. Only {@link Done} changed the store.
 */
public sealed interface CommandResult {

    /**
     * The event was accepted and stored.
     *
     * @param issue the issue after the event
     * @param event the stored event
     */
    record Done(Issue issue, IssueEvent event) implements CommandResult {
        public Done {
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * The command was refused; nothing was stored.
     *
     * @param rejection why
     */
    record Refused(Rejection rejection) implements CommandResult {
        public Refused {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * Another writer appended between loading and appending; nothing was stored. Running the command again
     * decides afresh on the newer state.
     *
     * @param conflict the versions seen
     */
    record Conflicted(AppendResult.Conflict conflict) implements CommandResult {
        public Conflicted {
            Objects.requireNonNull(conflict, "conflict");
        }
    }
}
