package org.gridgov.rules.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
import org.gridgov.role.Roster;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleType;
import org.gridgov.role.RoleTypeId;
import org.gridgov.rules.runtime.PackSettings;

/**
 * Turns "a level, an organization type, a role" into an owner on the issue's own path: the node at that level
 * above the location, the organization of that type attached there, and who acts in the role now.
 */
final class OwnerResolver {
    private static final Bilingual RESOLVED = Bilingual.of("已确定承办方", "resolved");
    private final City city;
    private final Jurisdiction tree;
    private final NodeId location;
    private final PackSettings settings;
    private final Instant at;
    private final Here here;
    private final Everywhere everywhere;

    /** What resolving keeps for one location between decisions (one city, one pack's settings). */
    static final class Here {
        private final Map<String, Optional<JurisdictionNode>> nodes = new ConcurrentHashMap<>();
        private final Map<Where, Placed> placed = new ConcurrentHashMap<>();
        /** The same answers by the number {@link Everywhere#where} gave the question: one array read. */
        private volatile Placed[] numbered = new Placed[0];

        private synchronized void number(int where, Placed p) {
            Placed[] now = numbered;
            Placed[] next = java.util.Arrays.copyOf(now, Math.max(now.length, where + 1)); // copy, then publish
            next[where] = p;
            numbered = next;
        }
    }

    /** What resolving keeps for one city between decisions (one pack's settings). */
    static final class Everywhere {
        private final Map<Placement, Placed> places = new ConcurrentHashMap<>();
        private final Map<String, Optional<Integer>> ranks = new ConcurrentHashMap<>();
        private final Map<Where, Integer> numbers = new ConcurrentHashMap<>();
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

        /** A small number for a (level, type, role) question, the same for every location of the city. */
        int where(String levelWord, Optional<String> organizationType, Optional<String> role) {
            return numbers.computeIfAbsent(new Where(levelWord, organizationType, role), w -> next.getAndIncrement());
        }
    }

    /** A level word, organization type and role asked of the location's path. */
    private record Where(String levelWord, String organizationType, String role) {
        Where(String levelWord, Optional<String> organizationType, Optional<String> role) {
            this(levelWord, organizationType.orElse(null), role.orElse(null)); // cheaper to hash and compare
        }
    }

    /** A question to {@link #at} whose answer, but for who acts, is the same at every instant. */
    private record Placement(NodeId node, String levelWord, Optional<String> organizationType, Optional<String> role) {
    }

    /**
     * The answer without who acts: a failure, or the owner's node, organization, role type and role target; with
     * the whole answer for the last day on which who acts did not change during the day.
     */
    private static final class Placed {
        final Result failure;
        final JurisdictionNode node;
        final Optional<Organization> organization;
        final Optional<RoleType> roleType;
        final RoleTarget target;
        volatile Today today;

        Placed(Result failure, JurisdictionNode node, Optional<Organization> organization, Optional<RoleType> roleType,
               RoleTarget target) {
            this.failure = failure;
            this.node = node;
            this.organization = organization;
            this.roleType = roleType;
            this.target = target;
        }
    }

    private record Today(LocalDate day, Result result) {
    }

    /**
     * @param here       what is kept for this location; the same for the same city, location and settings only
     * @param everywhere what is kept for the city; the same for the same city and settings only
     */
    OwnerResolver(City city, NodeId location, PackSettings settings, Instant at, Here here, Everywhere everywhere) {
        this.here = here;
        this.everywhere = everywhere;
        this.city = city;
        this.tree = city.jurisdiction();
        this.location = location;
        this.settings = settings;
        this.at = at;
    }

    /** A resolved owner. */
    record Resolved(JurisdictionNode node, Optional<Organization> organization, Optional<RoleTypeId> role,
                    Optional<Acting> acting, Owner owner) {
        Resolved(JurisdictionNode node, Optional<Organization> organization, Optional<RoleTypeId> role,
                 Optional<Acting> acting) {
            this(node, organization, role, acting, new Owner(node.id(), organization.map(Organization::id),
                    acting.map(Acting::person)));
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
            return new Result(Optional.of(r), RESOLVED);
        }

        static Result fail(String zh, String en) {
            return new Result(Optional.empty(), Bilingual.of(zh, en));
        }
    }

    /** The node at a level word on the location's path, or the location itself when it lies above that level. */
    Optional<JurisdictionNode> nodeAt(String levelWord) {
        Optional<JurisdictionNode> known = here.nodes.get(levelWord);
        if (known == null) {
            known = findNodeAt(levelWord);
            here.nodes.put(levelWord, known);
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
        Optional<Integer> known = everywhere.ranks.get(levelWord);
        if (known == null) {
            known = tree.levels().find(new LevelId(settings.cityLevel(levelWord))).map(JurisdictionLevel::rank);
            everywhere.ranks.put(levelWord, known);
        }
        return known;
    }

    /** The city-wide caches this resolver numbers questions in: plans hold for these only. */
    Object scope() {
        return everywhere;
    }

    /** The city-wide number of a question, for {@link #resolve(int, String, Optional, Optional)}. */
    int where(String levelWord, Optional<String> organizationType, Optional<String> role) {
        return everywhere.where(levelWord, organizationType, role);
    }

    /** {@link #resolve(String, Optional, Optional)} for a question numbered by {@link #where}. */
    Result resolve(int where, String levelWord, Optional<String> organizationType, Optional<String> role) {
        Placed[] numbered = here.numbered;
        Placed placed = where < numbered.length ? numbered[where] : null;
        if (placed == null) {
            placed = placed(levelWord, organizationType, role);
            here.number(where, placed);
        }
        return resolved(placed);
    }

    Result resolve(String levelWord, Optional<String> organizationType, Optional<String> role) {
        return resolved(placed(levelWord, organizationType, role));
    }

    private Placed placed(String levelWord, Optional<String> organizationType, Optional<String> role) {
        Where where = new Where(levelWord, organizationType, role);
        Placed placed = here.placed.get(where);
        if (placed == null) {
            Optional<JurisdictionNode> node = nodeAt(levelWord);
            if (node.isEmpty()) {
                placed = new Placed(rank(levelWord).isEmpty()
                        ? Result.fail("本市没有层级 " + levelWord, "the city has no level '" + levelWord + "'")
                        : Result.fail("事项所在位置之上没有 " + levelWord + " 层级", "the issue's path has no " + levelWord),
                        null, Optional.empty(), Optional.empty(), null);
            } else {
                placed = placed(node.get(), levelWord, organizationType, role);
            }
            here.placed.put(where, placed);
        }
        return placed;
    }

    /** The default handler of a node, by the handler settings of its level. */
    Result handlerOf(JurisdictionNode node) {
        String word = settings.packLevel(node.level().id().value());
        return resolved(placed(node, word, Optional.empty(), Optional.empty()));
    }

    private Placed placed(JurisdictionNode node, String levelWord, Optional<String> organizationType,
                          Optional<String> role) {
        Placement where = new Placement(node.id(), levelWord, organizationType, role);
        Placed placed = everywhere.places.get(where);
        if (placed == null) {
            placed = place(node, levelWord, organizationType, role);
            everywhere.places.put(where, placed);
        }
        return placed;
    }

    /** The owner with who acts now; kept for the day when no absence touches it. */
    private Result resolved(Placed placed) {
        if (placed.failure != null) {
            return placed.failure;
        }
        if (placed.roleType.isEmpty()) {
            Today t = placed.today;
            if (t == null) {
                t = new Today(LocalDate.MIN, Result.ok(new Resolved(placed.node, placed.organization, Optional.empty(),
                        Optional.empty())));
                placed.today = t;
            }
            return t.result();
        }
        Roster roster = city.roster();
        boolean steady = roster.sameAllDay(at);
        LocalDate day = steady ? roster.dayOf(at) : null;
        Today t = placed.today;
        if (steady && t != null && t.day().equals(day)) {
            return t.result();
        }
        Result r = Result.ok(new Resolved(placed.node, placed.organization, placed.roleType.map(RoleType::id),
                roster.actingFor(placed.roleType.get().id(), placed.target, at)));
        if (steady) {
            placed.today = new Today(day, r);
        }
        return r;
    }

    private Placed place(JurisdictionNode node, String levelWord, Optional<String> organizationType,
                         Optional<String> role) {
        PackSettings.Handler handler = settings.handlers().getOrDefault(levelWord,
                new PackSettings.Handler(Optional.empty(), Optional.empty()));
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
