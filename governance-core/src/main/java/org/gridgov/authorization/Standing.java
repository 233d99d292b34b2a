package org.gridgov.authorization;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.issue.Rejection;
import org.gridgov.role.Acting;
import org.gridgov.role.Assignment;
import org.gridgov.role.RoleTarget;

/**
 * What the roster says a person is at an instant: the roles they act in, or why what they claim does not hold.
 * A claimed role narrows the roles considered to that one; it never adds one the roster does not give.
 *
 * @param capacities the roles the person acts in at the instant (none for a resident)
 * @param refusal    why the actor's claim fails, if it does
 */
record Standing(List<Capacity> capacities, Optional<Rejection> refusal) {

    static Standing of(Actor.Person actor, Instant at, City city) {
        if (!city.people().contains(actor.person())) {
            // A resident need not be on the profile; a role can only be held by someone on it.
            return actor.role().isEmpty() ? new Standing(List.of(), Optional.empty()) : refused(
                    "名册中没有人员 " + actor.person() + ", 不能以 " + actor.role().get() + " 的身份办理",
                    "there is no person " + actor.person() + " on the roster to act as " + actor.role().get());
        }
        List<Capacity> acting = city.roster().assignmentsOf(actor.person(), at).stream()
                .filter(a -> actor.role().isEmpty()
                        || (a.role().equals(actor.role().get()) && a.target().equals(actor.target().get())))
                .flatMap(a -> capacity(a, at, city).stream())
                .toList();
        if (actor.role().isPresent() && acting.isEmpty()) {
            return refused(actor.person() + " 此时并不担任 " + actor.target().get() + " 的 " + actor.role().get()
                            + " (或其 A 岗在岗)",
                    actor.person() + " does not act as " + actor.role().get() + " at " + actor.target().get()
                            + " at that time (not assigned, or the primary post is present)");
        }
        return new Standing(acting, Optional.empty());
    }

    /** The assignment as a role acted in, if the roster has this person acting for it at the instant. */
    private static Optional<Capacity> capacity(Assignment a, Instant at, City city) {
        Optional<Acting> acting = city.roster().actingFor(a.role(), a.target(), at);
        if (acting.isEmpty() || !acting.get().person().equals(a.person())) {
            return Optional.empty();
        }
        boolean backup = acting.get().viaBackup();
        if (a.target() instanceof RoleTarget.InOrganization o) {
            return Optional.of(new Capacity(a, city.organizations().require(o.organization()).node(),
                    Optional.of(o.organization()), backup));
        }
        return Optional.of(new Capacity(a, ((RoleTarget.AtNode) a.target()).node(), Optional.empty(), backup));
    }

    private static Standing refused(String zh, String en) {
        return new Standing(List.of(), Optional.of(Rejection.of("unknown-actor", zh, en)));
    }
}
