package org.gridgov.routing;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.LevelId;

/**
 * What routing decides from: the issue, the city it happens in (jurisdiction, organizations, roster), the
 * instant (for who is acting), and the owners who already rejected it (退单), so that a re-route moves on.
 *
 * @param issue    the issue's id
 * @param facts    what was reported: category, channel, location, severity, tags
 * @param city     the city
 * @param at       the instant of the decision
 * @param rejected owners who rejected the dispatch, oldest first
 * @param atLeast  the lowest level the owner may be at (an escalation asks for the level above the current
 *                 owner); empty for no floor
 * @param emergency whether the location is in emergency mode (平急结合) at {@code at}
 */
public record RoutingRequest(IssueId issue, IssueFacts facts, City city, Instant at, List<Owner> rejected,
                             Optional<LevelId> atLeast, boolean emergency) {
    public RoutingRequest {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(at, "at");
        rejected = ImmutableList.copyOf(rejected);
        Objects.requireNonNull(atLeast, "atLeast");
    }

    /** A request without a level floor. */
    public RoutingRequest(IssueId issue, IssueFacts facts, City city, Instant at, List<Owner> rejected) {
        this(issue, facts, city, at, rejected, Optional.empty(), false);
    }

    /** A first routing, with no rejections. */
    public static RoutingRequest of(IssueId issue, IssueFacts facts, City city, Instant at) {
        return new RoutingRequest(issue, facts, city, at, List.of());
    }

    /** The same request after one more rejection. */
    public RoutingRequest rejectedBy(Owner owner) {
        return new RoutingRequest(issue, facts, city, at, ImmutableList.<Owner>builder().addAll(rejected).add(owner).build(),
                atLeast, emergency);
    }

    /** The same request with the owner at this level or above (the whistle: one level up). */
    public RoutingRequest atLeast(LevelId level) {
        return new RoutingRequest(issue, facts, city, at, rejected, Optional.of(level), emergency);
    }

    /** The same request in or out of emergency mode. */
    public RoutingRequest inEmergency(boolean inEmergency) {
        return new RoutingRequest(issue, facts, city, at, rejected, atLeast, inEmergency);
    }
}
