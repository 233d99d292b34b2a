package org.gridgov.engine;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.Rejection;
import org.gridgov.routing.RoutingDecision;

/** What a command to {@link CityGovernance} came to: done, with the events it appended, or refused. */
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

    /** True if done. */
    default boolean isDone() {
        return this instanceof Done;
    }
}
