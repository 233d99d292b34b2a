package org.gridgov.authorization;

import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.JurisdictionLevel;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;

/**
 * One grant checked against one request. A miss says how far the request got (principal, role, level, reach,
 * relation) and what failed there, so that a refusal names the closest grant's failing condition.
 */
final class GrantCheck {
    private final AccessRequest request;
    private final City city;
    private final Standing standing;

    GrantCheck(AccessRequest request, City city, Standing standing) {
        this.request = request;
        this.city = city;
        this.standing = standing;
    }

    /** The outcome for one grant: granted (in a capacity, for roles), or missed at a stage with a reason. */
    private static final Bilingual GRANTED = Bilingual.of("已授权", "granted");

    record Result(boolean granted, Optional<Capacity> capacity, int stage, Bilingual why) {
        static Result grantedAs(Optional<Capacity> capacity) {
            return new Result(true, capacity, Integer.MAX_VALUE, GRANTED);
        }

        static Result missed(int stage, String zh, String en) {
            return new Result(false, Optional.empty(), stage, Bilingual.of(zh, en));
        }
    }

    Result check(Grant grant) {
        if (grant.relation() != Relation.ANY && request.issue().isEmpty()) {
            return Result.missed(0, "该授权只针对具体案件", "it applies to commands on a case");
        }
        if (grant.who() instanceof Who.Systems s) {
            return system(s, grant.relation());
        }
        if (grant.who() instanceof Who.Roles r) {
            return roles(r, grant);
        }
        return resident(grant.relation());
    }

    private Result system(Who.Systems who, Relation relation) {
        if (!(request.actor() instanceof Actor.System s) || !(who.ids().contains(s.id())
                || (who.channels() && city.channel(new ChannelId(s.id())).isPresent()))) {
            return Result.missed(0, "只授予指定的系统", "it is granted to named systems only");
        }
        if (relation == Relation.ANY || (relation == Relation.REPORTER && reportedBy(s))) {
            return Result.grantedAs(Optional.empty());
        }
        return Result.missed(1, "该系统不是该案件的" + relation.zh(),
                "the system does not stand to the case as required (" + relation.key() + ")");
    }

    private Result resident(Relation relation) {
        if (!(request.actor() instanceof Actor.Person p) || p.role().isPresent()) {
            return Result.missed(0, "只授予以个人身份办理的居民", "it is granted to residents acting for themselves");
        }
        boolean related = switch (relation) {
            case ANY -> true;
            case REPORTER -> reportedBy(p.person());
            case OWNER -> request.issue().flatMap(Issue::owner).flatMap(Owner::person).filter(p.person()::equals)
                    .isPresent();
            default -> false;
        };
        return related ? Result.grantedAs(Optional.empty()) : Result.missed(1,
                "不是该案件的" + relation.zh(),
                "they are not the case's " + relation.key());
    }

    private Result roles(Who.Roles who, Grant grant) {
        if (!(request.actor() instanceof Actor.Person p)) {
            return Result.missed(0, "只授予担任相应角色的人员", "it is granted to people in roles");
        }
        List<Capacity> held = standing.capacities().stream()
                .filter(c -> who.roles().isEmpty() || who.roles().contains(c.assignment().role())).toList();
        if (held.isEmpty()) {
            return Result.missed(1, "此时未担任所需角色" + (who.roles().isEmpty() ? "" : " " + who.roles()),
                    "they act in none of the roles required" + (who.roles().isEmpty() ? "" : " " + who.roles())
                            + " at that time");
        }
        Result best = null;
        for (Capacity c : held) {
            Result r = inCapacity(c, p.person(), grant);
            if (r.granted()) {
                return r;
            }
            best = best == null || r.stage() > best.stage() ? r : best;
        }
        return best;
    }

    private Result inCapacity(Capacity c, PersonId person, Grant grant) {
        if (grant.atOrAbove().isPresent() && !atOrAbove(c, grant.atOrAbove().get().value())) {
            return Result.missed(2, "其角色所在层级低于 " + grant.atOrAbove().get(),
                    "their role is held below the level " + grant.atOrAbove().get());
        }
        if (grant.reach() == Grant.Reach.SUBTREE && !city.jurisdiction().isAncestorOrSelf(c.node(), request.node())) {
            return Result.missed(3, request.node() + " 不在其辖区 " + c.node() + " 内",
                    request.node() + " lies outside their area " + c.node());
        }
        if (!related(grant.relation(), c, person)) {
            return Result.missed(4, "不是该案件的" + grant.relation().zh(),
                    "they are not the case's " + grant.relation().key());
        }
        return Result.grantedAs(Optional.of(c));
    }

    private boolean atOrAbove(Capacity c, String level) {
        Optional<JurisdictionLevel> bound = city.jurisdiction().levels().levels().stream()
                .filter(l -> l.id().value().equals(level)).findFirst();
        return bound.isPresent() && city.jurisdiction().node(c.node()).level().rank() <= bound.get().rank();
    }

    private boolean related(Relation relation, Capacity c, PersonId person) {
        if (relation == Relation.ANY) {
            return true;
        }
        if (request.issue().isEmpty()) {
            return false;
        }
        Issue issue = request.issue().get();
        Optional<OrganizationId> org = c.organization();
        return switch (relation) {
            case OWNER -> issue.owner().map(o -> o.person().filter(person::equals).isPresent()
                    || (o.organization().isPresent() ? o.organization().equals(org)
                    : org.isEmpty() && o.node().equals(c.node()))).orElse(false);
            case CO_HANDLER -> org.filter(issue.coHandlers()::contains).isPresent();
            case SUMMONED -> org.isPresent() && org.equals(request.organization()) && issue.participants().stream()
                    .anyMatch(pt -> pt.organization().equals(org.get()) && !pt.checkedIn());
            case PARTICIPANT -> org.isPresent() && issue.participants().stream()
                    .anyMatch(pt -> pt.organization().equals(org.get()));
            case REPORTER -> reportedBy(person);
            case ANY -> true;
        };
    }

    private boolean reportedBy(PersonId person) {
        return request.issue().map(i -> i.facts().reporter().filter(person::equals).isPresent()
                || (i.timeline().get(0).actor() instanceof Actor.Person p && p.person().equals(person)))
                .orElse(false);
    }

    private boolean reportedBy(Actor.System system) {
        return request.issue().map(i -> i.facts().channel().value().equals(system.id())
                || (i.timeline().get(0).actor() instanceof Actor.System s && s.id().equals(system.id())))
                .orElse(false);
    }
}
