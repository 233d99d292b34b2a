package org.gridgov.bench;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.role.Acting;
import org.gridgov.role.RoleTypeId;
import org.gridgov.time.Rounding;
import org.gridgov.time.TimeLimit;
import org.gridgov.time.WorkCalendar;

/**
 * The baseline: the Jilin pack's routing table written by hand as switches and map lookups, the way a platform
 * without a rule engine would hard-code it. The owner's node, organization and acting person are looked up in maps
 * filled once from the city; the time limit is the stricter of the matter's and the severity's, precomputed for
 * the stream's single instant. No explanation. {@link RoutingBench} checks that it agrees with the library on
 * every request of the stream, so that both do the same work.
 */
final class HandRouter {
    /** Level indexes on a location's path. */
    static final int GRID = 0;
    static final int COMMUNITY = 1;
    static final int STREET = 2;
    static final int COUNTY = 3;
    private static final String[] LEVEL_IDS = {"grid", "community", "street", "county"};

    /** A route: the owner and the time limit. */
    record Route(Owner owner, TimeLimit limit) {
    }

    /** A row of the routing table: the level, the organization type or role, the limit. */
    private record Rule(int level, String organizationType, String role, TimeLimit limit) {
    }

    /** A working-day limit as the Jilin pack counts it, to the end of the day (the base pack's rounding). */
    private static TimeLimit workingDays(String text) {
        return TimeLimit.parse(text).rounded(Rounding.END_OF_DAY);
    }

    private static final TimeLimit H24 = TimeLimit.parse("24 小时");
    private static final TimeLimit H2 = TimeLimit.parse("2 小时");
    private static final Rule DELIBERATION = new Rule(COMMUNITY, "residents-committee", null, TimeLimit.parse("14天"));
    private static final Rule DISPUTES = new Rule(COMMUNITY, null, "safety-lead", TimeLimit.parse("15天"));
    private static final Rule ENFORCEMENT = new Rule(STREET, "enforcement-team", null, workingDays("2 个工作日"));
    private static final Rule HAZARD = new Rule(COMMUNITY, null, "safety-lead", H24);
    private static final Rule CERTIFICATE = new Rule(COMMUNITY, "residents-committee", null,
            workingDays("1 个工作日"));
    private static final Rule PARTY = new Rule(COMMUNITY, "volunteer-team", null, workingDays("5 个工作日"));
    private static final Rule SAFETY = new Rule(COMMUNITY, null, "safety-lead", workingDays("3 个工作日"));
    private static final Rule LIVELIHOOD = new Rule(GRID, null, "grid-worker", workingDays("3 个工作日"));
    private static final Rule ENTERPRISE = new Rule(STREET, "business-service-team", null,
            workingDays("5 个工作日"));
    /** Default handlers by level: the organization type or role the base pack names. */
    private static final Rule[] HANDLERS = {new Rule(GRID, null, "grid-leader", null),
            new Rule(COMMUNITY, "residents-committee", null, null), new Rule(STREET, "street-office", null, null),
            new Rule(COUNTY, "district-government", null, null)};

    private final Map<NodeId, NodeId[]> paths = new HashMap<>();
    private final Map<NodeId, Map<String, OrganizationId>> organizations = new HashMap<>();
    private final Map<NodeId, Map<String, PersonId>> acting = new HashMap<>();
    private final Map<TimeLimit, TimeLimit> high = new HashMap<>();
    private final Map<TimeLimit, TimeLimit> critical = new HashMap<>();

    /** Fills the maps for these grids at one instant. */
    HandRouter(City city, List<JurisdictionNode> grids, Instant at) {
        var tree = city.jurisdiction();
        List<TimeLimit> limits = List.of(DELIBERATION.limit(), DISPUTES.limit(), ENFORCEMENT.limit(), H24,
                CERTIFICATE.limit(), PARTY.limit(), SAFETY.limit(), LIVELIHOOD.limit(), ENTERPRISE.limit());
        for (JurisdictionNode grid : grids) {
            NodeId[] path = new NodeId[LEVEL_IDS.length];
            for (JurisdictionNode n : tree.path(grid.id())) {
                for (int l = 0; l < LEVEL_IDS.length; l++) {
                    if (n.level().id().value().equals(LEVEL_IDS[l])) {
                        path[l] = n.id();
                    }
                }
            }
            paths.put(grid.id(), path);
            for (NodeId node : path) {
                organizations.computeIfAbsent(node, k -> {
                    Map<String, OrganizationId> byType = new HashMap<>();
                    for (Organization o : city.organizations().at(k)) {
                        byType.putIfAbsent(o.type().value(), o.id());
                    }
                    return byType;
                });
                acting.computeIfAbsent(node, k -> {
                    Map<String, PersonId> byRole = new HashMap<>();
                    for (String role : List.of("grid-leader", "grid-worker", "safety-lead")) {
                        try {
                            city.roster().actingFor(new RoleTypeId(role), org.gridgov.role.RoleTarget.at(k), at)
                                    .map(Acting::person).ifPresent(p -> byRole.put(role, p));
                        } catch (IllegalArgumentException e) {
                            // no such post here
                        }
                    }
                    return byRole;
                });
            }
            WorkCalendar calendar = city.calendarFor(grid.id());
            LocalDateTime start = LocalDateTime.ofInstant(at, city.zone());
            for (TimeLimit l : limits) {
                high.putIfAbsent(l, stricter(l, H24, start, calendar));
                critical.putIfAbsent(l, stricter(l, H2, start, calendar));
            }
        }
    }

    private static TimeLimit stricter(TimeLimit matter, TimeLimit severity, LocalDateTime start, WorkCalendar c) {
        return matter.dueFrom(start, c).isAfter(severity.dueFrom(start, c)) ? severity : matter;
    }

    /**
     * The route of one request: the small-bench rule, then the category's rule, then its net's, then the grid
     * leader; the first whose organization exists at its level owns it, the first's limit applies.
     */
    Route route(RoutingRequest request) {
        var facts = request.facts();
        String category = facts.category().value();
        int dot = category.indexOf('.');
        String top = dot < 0 ? category : category.substring(0, dot);
        Rule byCategory = switch (top) {
            case "disputes" -> DISPUTES;
            case "enforcement" -> ENFORCEMENT;
            case "safety" -> category.equals("safety.hazard") ? HAZARD : null;
            case "services" -> category.equals("services.certificate") ? CERTIFICATE : null;
            default -> null;
        };
        Rule byNet = switch (top) {
            case "party" -> PARTY;
            case "safety", "disputes", "enforcement" -> SAFETY;
            case "enterprise" -> ENTERPRISE;
            default -> LIVELIHOOD; // environment, facilities, services, civil affairs, education, health
        };
        Rule first = facts.channel().value().equals("deliberation") ? DELIBERATION : null;
        NodeId[] path = paths.get(facts.location());
        Rule rule = null;
        Owner owner = null;
        for (Rule r : new Rule[] {first, byCategory, byNet, HANDLERS[GRID]}) {
            if (r != null && (owner = owner(path, r, true)) != null) {
                rule = r;
                break;
            }
        }
        TimeLimit limit = first != null ? first.limit() : byCategory != null ? byCategory.limit() : byNet.limit();
        switch (facts.severity()) {
            case HIGH -> {
                limit = high.get(limit);
                if (rule.level() < STREET) {
                    owner = owner(path, HANDLERS[STREET], false);
                }
            }
            case CRITICAL -> {
                limit = critical.get(limit);
                if (rule.level() < COUNTY) {
                    owner = owner(path, HANDLERS[COUNTY], false);
                }
            }
            default -> {
            }
        }
        return new Route(owner, limit);
    }

    /** The owner a rule names on a path; null if it names an organization type the node lacks. */
    private Owner owner(NodeId[] path, Rule rule, boolean strict) {
        NodeId node = path[rule.level()];
        Map<String, OrganizationId> here = organizations.get(node);
        OrganizationId organization;
        if (rule.organizationType() != null) {
            organization = here.get(rule.organizationType());
            if (organization == null && strict) {
                return null;
            }
        } else {
            String type = HANDLERS[rule.level()].organizationType();
            organization = type == null ? null : here.get(type);
        }
        String role = rule.role() != null ? rule.role() : HANDLERS[rule.level()].role();
        PersonId person = role == null ? null : acting.get(node).get(role);
        return new Owner(node, Optional.ofNullable(organization), Optional.ofNullable(person));
    }

    /** The grids' paths, for tests of the table. */
    List<NodeId> grids() {
        return new ArrayList<>(paths.keySet());
    }
}
