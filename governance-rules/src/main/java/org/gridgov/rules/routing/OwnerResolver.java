package org.gridgov.rules.routing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionLevel;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organization;
import org.gridgov.role.Acting;
import org.gridgov.role.RoleScope;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleType;
import org.gridgov.role.RoleTypeId;

/**
 * Turns "a level, an organization type, a role" into an owner on the issue's own path: the node at that level
 * above the location, the organization of that type attached there, and who acts in the role now.
 */
final class OwnerResolver {
    private final City city;
    private final Jurisdiction tree;
    private final NodeId location;
    private final RoutingSettings settings;
    private final Instant at;
    private final Map<String, Optional<JurisdictionNode>> nodes;
    private final Map<Placement, Placed> places;

    /** A question to {@link #at} whose answer, but for who acts, is the same at every instant. */
    record Placement(NodeId node, String levelWord, Optional<String> organizationType, Optional<String> role) {
    }

    /** The answer without who acts: a failure, or the owner's node, organization, role type and role target. */
    record Placed(Result failure, JurisdictionNode node, Optional<Organization> organization,
                  Optional<RoleType> roleType, RoleTarget target) {
    }

    OwnerResolver(City city, NodeId location, RoutingSettings settings, Instant at) {
        this(city, location, settings, at, new HashMap<>(), new HashMap<>());
    }

    /**
     * @param nodes  where the nodes at level words on this location's path are kept between decisions; the same
     *               map for the same city, location and settings only
     * @param places where what does not change with the instant (node, organization, role type, or why there is
     *               none) is kept between decisions; the same map for the same city and settings only
     */
    OwnerResolver(City city, NodeId location, RoutingSettings settings, Instant at,
                  Map<String, Optional<JurisdictionNode>> nodes, Map<Placement, Placed> places) {
        this.nodes = nodes;
        this.places = places;
        this.city = city;
        this.tree = city.jurisdiction();
        this.location = location;
        this.settings = settings;
        this.at = at;
    }

    /** A resolved owner. */
    record Resolved(JurisdictionNode node, Optional<Organization> organization, Optional<RoleTypeId> role,
                    Optional<Acting> acting) {
        Owner owner() {
            return new Owner(node.id(), organization.map(Organization::id), acting.map(Acting::person));
        }

        /** The owner's name for sentences: the organization's, else the node's. */
        Bilingual name() {
            return organization.map(Organization::name).orElse(node.name());
        }

        /** True if this is the same node and organization as an owner, whoever acts. */
        boolean sameAs(Owner other) {
            return other.node().equals(node.id()) && other.organization().equals(organization.map(Organization::id));
        }
    }

    /** Either a resolved owner or why there is none. */
    record Result(Optional<Resolved> resolved, Bilingual why) {
        static Result ok(Resolved r) {
            return new Result(Optional.of(r), Bilingual.of("已确定承办方", "resolved"));
        }

        static Result fail(String zh, String en) {
            return new Result(Optional.empty(), Bilingual.of(zh, en));
        }
    }

    /** The node at a level word on the location's path, or the location itself when it lies above that level. */
    Optional<JurisdictionNode> nodeAt(String levelWord) {
        Optional<JurisdictionNode> known = nodes.get(levelWord);
        if (known == null) {
            known = findNodeAt(levelWord);
            nodes.put(levelWord, known);
        }
        return known;
    }

    private Optional<JurisdictionNode> findNodeAt(String levelWord) {
        Optional<JurisdictionLevel> level = tree.levels().find(new LevelId(settings.cityLevel(levelWord)));
        if (level.isEmpty()) {
            return Optional.empty();
        }
        Optional<JurisdictionNode> node = tree.ancestorAtLevel(location, level.get().id());
        if (node.isPresent()) {
            return node;
        }
        JurisdictionNode here = tree.node(location);
        return here.level().rank() < level.get().rank() ? Optional.of(here) : Optional.empty();
    }

    /** The rank of a level word in the city, or empty if the city lacks it. */
    Optional<Integer> rank(String levelWord) {
        return tree.levels().find(new LevelId(settings.cityLevel(levelWord))).map(JurisdictionLevel::rank);
    }

    Result resolve(String levelWord, Optional<String> organizationType, Optional<String> role) {
        Optional<JurisdictionNode> node = nodeAt(levelWord);
        if (node.isEmpty()) {
            return rank(levelWord).isEmpty()
                    ? Result.fail("本市没有层级 " + levelWord, "the city has no level '" + levelWord + "'")
                    : Result.fail("事项所在位置之上没有 " + levelWord + " 层级", "the issue's path has no " + levelWord);
        }
        return at(node.get(), levelWord, organizationType, role);
    }

    /** The default handler of a node, by the handler settings of its level. */
    Result handlerOf(JurisdictionNode node) {
        String word = settings.packLevel(node.level().id().value());
        return at(node, word, Optional.empty(), Optional.empty());
    }

    private Result at(JurisdictionNode node, String levelWord, Optional<String> organizationType, Optional<String> role) {
        Placement where = new Placement(node.id(), levelWord, organizationType, role);
        Placed placed = places.get(where);
        if (placed == null) {
            placed = place(node, levelWord, organizationType, role);
            places.put(where, placed);
        }
        if (placed.failure() != null) {
            return placed.failure();
        }
        Optional<Acting> acting = placed.roleType().isEmpty() ? Optional.empty()
                : city.roster().actingFor(placed.roleType().get().id(), placed.target(), at);
        return Result.ok(new Resolved(placed.node(), placed.organization(), placed.roleType().map(RoleType::id),
                acting));
    }

    private Placed place(JurisdictionNode node, String levelWord, Optional<String> organizationType,
                         Optional<String> role) {
        RoutingSettings.Handler handler = settings.handlers().getOrDefault(levelWord,
                new RoutingSettings.Handler(Optional.empty(), Optional.empty()));
        Optional<Organization> organization = Optional.empty();
        if (organizationType.isPresent()) {
            organization = organizationOfType(node, organizationType.get());
            if (organization.isEmpty()) {
                return new Placed(Result.fail(node.name().zh() + "没有" + organizationType.get() + "类组织",
                        "no organization of type '" + organizationType.get() + "' at " + node.name().en()),
                        node, Optional.empty(), Optional.empty(), null);
            }
        } else if (handler.organizationType().isPresent()) {
            organization = organizationOfType(node, handler.organizationType().get());
        }
        Optional<RoleType> roleType = role.or(handler::role)
                .flatMap(r -> city.roster().findRoleType(new RoleTypeId(r)));
        RoleTarget target = null;
        if (roleType.isPresent()) {
            target = roleType.get().scope() == RoleScope.ORGANIZATION && organization.isPresent()
                    ? RoleTarget.in(organization.get().id()) : RoleTarget.at(node.id());
        }
        return new Placed(null, node, organization, roleType, target);
    }

    private Optional<Organization> organizationOfType(JurisdictionNode node, String type) {
        return city.organizations().at(node.id()).stream()
                .filter(o -> o.type().value().equals(type))
                .findFirst();
    }
}
