package org.gridgov.engine;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.routing.RoutingDecision;

/**
 * What applying escalation actions needs from routing, and nothing more: a new owner above the current one, and
 * who acts for the owning person now. Keeps {@link Actions} from calling back into the engine.
 */
interface Rerouting {

    /** Routes the issue anew with the level above its current owner as a floor; empty at the top. */
    Optional<RoutingDecision> routeUp(Issue issue, Optional<LevelId> atLeast, Instant now);

    /** Who acts now for the post of the issue's owning person, if that is someone else (A/B岗). */
    Optional<Owner> actingForOwner(Issue issue, Instant now);
}
