package org.gridgov.engine;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rejection;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.store.AppendResult;

/**
 * What a command to {@link CityGovernance} came to: done, with the events it appended; refused, with a reason; or
 * conflicted, because another writer of the same store appended first. Only {@link Done} changed the store. The
 * one result type of every command: refusals and conflicts are values, never exceptions.
 */
public sealed interface CommandOutcome {

    /**
     * The command was carried out.
     *
     * @param issue   the issue after it
     * @param events  the events appended, in order
     * @param routing the routing decision, when the command routed the issue
     */
    record Done(Issue issue, List<IssueEvent> events, Optional<RoutingDecision> routing) implements CommandOutcome {
        public Done {
            Objects.requireNonNull(issue, "issue");
            events = ImmutableList.copyOf(events);
            Objects.requireNonNull(routing, "routing");
        }
    }

    /** The command was refused; nothing was appended. */
    record Refused(Rejection rejection) implements CommandOutcome {
        public Refused {
            Objects.requireNonNull(rejection, "rejection");
        }
    }

    /**
     * Another writer of the store (a second engine over the same database, another process) appended to the
     * issue between this engine's load and its append; nothing was stored. Sending the command again decides
     * afresh on the newer timeline.
     *
     * @param issue    the issue written to
     * @param conflict the versions seen
     */
    record Conflicted(IssueId issue, AppendResult.Conflict conflict) implements CommandOutcome {
        public Conflicted {
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(conflict, "conflict");
        }
    }

    /** True if done. */
    default boolean isDone() {
        return this instanceof Done;
    }
}
