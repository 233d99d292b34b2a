package org.gridgov.rules.scenario;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.engine.CityGovernance;
import org.gridgov.issue.IssueId;
import org.gridgov.organization.OrganizationId;

/**
 * Who issues a scenario's action: the step's {@code as:}, else the party the permissions expect for that action —
 * the owner's acting person for the owner's commands, the unit's for a check-in, the channel's callback for a
 * rating, the platform for closing, exclusions and mode switches. Every actor is read off the roster at the
 * step's instant, so a scenario tests the permissions as a real platform would meet them.
 */
final class StepActors {
    private final City city;
    private final CityGovernance engine;

    StepActors(City city, CityGovernance engine) {
        this.city = city;
        this.engine = engine;
    }

    /** The actor of a step, or empty if nobody acts as the step says at that instant. */
    Optional<Actor> of(Scenario.Step s, IssueId issue, Optional<OrganizationId> unit) {
        return resolve(s.as().orElse(defaultFor(s.action())).strip(), issue, unit, s.at());
    }

    private static String defaultFor(Scenario.Action action) {
        return switch (action) {
            case CHECK_IN -> "unit";
            case RATE -> "reporter";
            case CLOSE, EXCLUDE, EMERGENCY, NORMAL -> "platform";
            default -> "owner";
        };
    }

    private Optional<Actor> resolve(String as, IssueId issue, Optional<OrganizationId> unit, Instant at) {
        switch (as) {
            case "owner", "承办方":
                return engine.ownerActing(issue, at);
            case "reporter", "反映人":
                return engine.issue(issue).map(i -> Parties.channel(city, i.facts().channel()));
            case "unit", "单位":
                return unit.flatMap(u -> Parties.organization(city, u, at));
            default:
                return Parties.named(city, as, at);
        }
    }
}
