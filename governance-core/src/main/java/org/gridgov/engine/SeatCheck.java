package org.gridgov.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.deliberation.Attendance;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.Presence;
import org.gridgov.deliberation.Seat;
import org.gridgov.deliberation.VotingMode;
import org.gridgov.issue.Rejection;
import org.gridgov.people.PersonId;
import org.gridgov.role.Assignment;
import org.gridgov.role.RoleTarget;

/**
 * Whether the people an attendance seats may take those seats, as the roster has them at the meeting: a seat
 * held by a role type is taken by someone in that role within the body's area; one held by an organization type
 * by someone in a role of such an organization there. A representative (委托出席) may be anyone, and a by-person
 * body's organization seats are open to the residents who live in its area (a 小板凳 meeting's neighbours).
 */
final class SeatCheck {
    private SeatCheck() {
    }

    static Optional<Rejection> check(City city, Body body, List<Attendance> attendance, Instant at) {
        for (Attendance a : attendance) {
            Optional<Seat> seat = body.seat(a.seat());
            if (seat.isEmpty() || a.presence() != Presence.PRESENT) {
                continue; // an unknown seat is the meeting's refusal; a representative may be anyone
            }
            boolean open = seat.get().organizationType().isPresent() && body.voting() == VotingMode.BY_PERSON;
            for (PersonId p : a.persons()) {
                if (open && !livesIn(city, body, p)) {
                    String who = city.people().find(p).map(x -> x.maskedName()).orElse(p.value());
                    return Optional.of(Rejection.of("not-a-member", who + " 不住在" + body.name().zh() + "的辖区，不能作为居民出席"
                            + "（可登记为委托出席）", who + " does not live in " + body.name().en() + "'s area and cannot "
                            + "sit as a resident (record them as representing the seat instead)"));
                }
                if (!open && !holds(city, body, seat.get(), p, at)) {
                    String who = city.people().find(p).map(x -> x.maskedName()).orElse(p.value());
                    return Optional.of(Rejection.of("not-a-member", who + " 不能代表席位“" + seat.get().name().zh()
                            + "”出席: 此时不在该席位对应的岗位上（可登记为委托出席）", who + " cannot take the seat "
                            + seat.get().name().en() + ": they do not hold the post it stands for now (record them as "
                            + "representing it instead)"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean livesIn(City city, Body body, PersonId person) {
        return city.people().find(person).flatMap(x -> x.residence())
                .map(r -> city.jurisdiction().isAncestorOrSelf(body.node(), r)).orElse(false);
    }

    private static boolean holds(City city, Body body, Seat seat, PersonId person, Instant at) {
        for (Assignment x : city.roster().assignmentsOf(person, at)) {
            if (seat.roleType().isPresent() && x.role().equals(seat.roleType().get()) && within(city, body, x.target())) {
                return true;
            }
            if (seat.organizationType().isPresent() && x.target() instanceof RoleTarget.InOrganization in
                    && city.organizations().find(in.organization()).map(o -> o.type().equals(seat.organizationType()
                    .get()) && city.jurisdiction().isAncestorOrSelf(body.node(), o.node())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean within(City city, Body body, RoleTarget target) {
        if (target instanceof RoleTarget.AtNode n) {
            return city.jurisdiction().isAncestorOrSelf(body.node(), n.node())
                    || city.jurisdiction().isAncestorOrSelf(n.node(), body.node());
        }
        RoleTarget.InOrganization in = (RoleTarget.InOrganization) target;
        return city.organizations().find(in.organization()).map(o -> city.jurisdiction()
                .isAncestorOrSelf(body.node(), o.node())).orElse(false);
    }
}
