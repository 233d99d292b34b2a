package org.gridgov.authorization;

import java.time.Instant;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.role.RoleTypeId;
import org.gridgov.role.RoleScope;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleType;

/**
 * Who acts for the parties of a case at an instant, as the roster has it (A/B backup included): for hosts that
 * notify or act for a unit, simulations and scenario runners. The actors returned carry the role they act in, so
 * that the permissions can check it.
 */
public final class Parties {
    /** The city's operations platform (城市运行管理服务平台), the principal the standard matrix gives reviews to. */
    public static final Actor PLATFORM = Actor.system("platform", Bilingual.of("城市运行管理服务平台",
            "city operations platform"));

    private Parties() {
    }

    /**
     * Who acts for the issue's owner at the instant: whoever acts in a role of the owner's organization, or, for an
     * owner at a node, in a role held at that node. Empty if nobody does (or the issue has no owner).
     */
    public static Optional<Actor> owner(City city, Issue issue, Instant at) {
        Optional<Owner> owner = issue.owner();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Owner o = owner.get();
        return o.organization().map(org -> organization(city, org, at)).orElseGet(() -> atNode(city, o.node(), at));
    }

    /** Who acts in a role of an organization at the instant: the first role type of the catalogue anyone acts in. */
    public static Optional<Actor> organization(City city, OrganizationId organization, Instant at) {
        return acting(city, RoleScope.ORGANIZATION, new RoleTarget.InOrganization(organization), at);
    }

    /** Who acts in a role held at a node at the instant: the first role type of the catalogue anyone acts in. */
    public static Optional<Actor> atNode(City city, NodeId node, Instant at) {
        return acting(city, RoleScope.NODE, new RoleTarget.AtNode(node), at);
    }

    /** The intake channel as a system principal, named as the profile names it. */
    public static Actor channel(City city, ChannelId channel) {
        return Actor.system(channel.value(), city.channel(channel).map(c -> c.name())
                .orElse(Bilingual.of(channel.value(), channel.value())));
    }

    /**
     * An actor named in text, as scenario files and the command line name them: {@code platform},
     * {@code system:id}, {@code person:id} or {@code resident:id} (a person acting as the roster has them), or
     * {@code role@target} — whoever the roster has acting in that role at that node or unit (by id or name) at the
     * instant. Empty if the text names nobody or nobody acts so then.
     */
    public static Optional<Actor> named(City city, String text, Instant at) {
        String spec = text.strip();
        if (spec.equals("platform") || spec.equals("平台")) {
            return Optional.of(PLATFORM);
        }
        int colon = spec.indexOf(':');
        if (colon > 0) {
            String id = spec.substring(colon + 1).strip();
            return switch (spec.substring(0, colon)) {
                case "system", "系统" -> Optional.of(Actor.system(id, Bilingual.of(id, id)));
                case "person", "resident", "人员", "居民" -> Optional.of(Actor.resident(new PersonId(id)));
                default -> Optional.empty();
            };
        }
        int sign = spec.indexOf('@');
        if (sign <= 0) {
            return Optional.empty();
        }
        RoleTypeId role = new RoleTypeId(spec.substring(0, sign).strip());
        return target(city, spec.substring(sign + 1).strip()).flatMap(t -> city.roster().findRoleType(role)
                .flatMap(r -> city.roster().actingFor(role, t, at)).map(a -> Actor.inRole(a.person(), role, t)));
    }

    private static Optional<RoleTarget> target(City city, String text) {
        Optional<RoleTarget> node = city.jurisdiction().lookup(text).unique().map(n -> RoleTarget.at(n.id()));
        return node.or(() -> city.organizations().lookup(text).map(o -> RoleTarget.in(o.id())));
    }

    private static Optional<Actor> acting(City city, RoleScope scope, RoleTarget target, Instant at) {
        for (RoleType type : city.roster().roleTypes()) {
            if (type.scope() == scope) {
                Optional<Actor> a = city.roster().actingFor(type.id(), target, at)
                        .map(acting -> Actor.inRole(acting.person(), type.id(), target));
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }
}
