package org.gridgov.role;

import static com.google.common.base.Preconditions.checkState;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.organization.Organizations;
import org.gridgov.people.People;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * Collects role types, assignments and absences and builds an immutable {@link Roster}, checked against the
 * jurisdiction, organizations and people it refers to.
 *
 * <p>{@link #build()} reports every problem at once. Role types are named by id; assignments and absences,
 * which have none, by position ({@code #1} is the first added). The problems: a duplicate role type id; an
 * assignment naming an unknown role type, person, node or organization; a node-scoped role given an
 * organization target or the reverse ({@code target}); a node-scoped role at a node of another level than its
 * type's; an assignment ending before it starts; two primary assignments of the same role and target sharing
 * a day; an absence of an unknown person or not ending after it starts.
 *
 * <p>A builder is not thread-safe and builds one roster.
 */
public final class RosterBuilder {
    private final ZoneId zone;
    private final Jurisdiction jurisdiction;
    private final Organizations organizations;
    private final People people;
    private final Map<RoleTypeId, RoleType> roleTypes = new LinkedHashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<Absence> absences = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private boolean built;

    RosterBuilder(ZoneId zone, Jurisdiction jurisdiction, Organizations organizations, People people) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.organizations = Objects.requireNonNull(organizations, "organizations");
        this.people = Objects.requireNonNull(people, "people");
        if (organizations.jurisdiction() != jurisdiction || people.jurisdiction() != jurisdiction) {
            throw new IllegalArgumentException("the organizations and people must be built over this jurisdiction");
        }
    }

    /** Adds a role type to the catalogue. A duplicate id is reported by {@link #build()}. */
    public RosterBuilder roleType(RoleType type) {
        checkState(!built, "this builder has already built its roster");
        if (roleTypes.putIfAbsent(type.id(), type) != null) {
            problems.add(Problem.of("role-type", type.id(), "id", "岗位类型编号重复: " + type.id(),
                    "duplicate role type id " + type.id()));
        }
        return this;
    }

    /** Adds an assignment; backups of one role and target take over in the order they are added. */
    public RosterBuilder assign(Assignment assignment) {
        checkState(!built, "this builder has already built its roster");
        assignments.add(Objects.requireNonNull(assignment, "assignment"));
        return this;
    }

    /** Records an absence. */
    public RosterBuilder absence(Absence absence) {
        checkState(!built, "this builder has already built its roster");
        absences.add(Objects.requireNonNull(absence, "absence"));
        return this;
    }

    /**
     * Builds the roster.
     *
     * @throws InvalidModelException listing every problem, each naming its element and field
     * @throws IllegalStateException if called twice
     */
    public Roster build() {
        checkState(!built, "this builder has already built its roster");
        built = true;
        List<Problem> found = new ArrayList<>(problems);
        for (int i = 0; i < assignments.size(); i++) {
            checkAssignment(assignments.get(i), "#" + (i + 1), found);
        }
        checkOverlappingPrimaries(found);
        for (int i = 0; i < absences.size(); i++) {
            checkAbsence(absences.get(i), "#" + (i + 1), people, found);
        }
        if (!found.isEmpty()) {
            throw new InvalidModelException("roster", found);
        }
        return new Roster(zone, jurisdiction, organizations, people, roleTypes.values(), assignments, absences);
    }

    private void checkAssignment(Assignment a, String id, List<Problem> found) {
        RoleType type = roleTypes.get(a.role());
        if (type == null) {
            found.add(problem(id, "role", "岗位类型 '" + a.role() + "' 未定义, 已定义: " + roleTypes.keySet(),
                    "unknown role type '" + a.role() + "'; role types are " + roleTypes.keySet()));
        }
        if (!people.contains(a.person())) {
            found.add(problem(id, "person", "人员 " + a.person() + " 不存在", "unknown person " + a.person()));
        }
        if (a.target() instanceof RoleTarget.AtNode at) {
            if (!jurisdiction.contains(at.node())) {
                found.add(problem(id, "target", "节点 " + at.node() + " 不在辖区树中", "unknown node " + at.node()));
            } else if (type != null && type.scope() == RoleScope.NODE && type.level().isPresent()) {
                JurisdictionNode node = jurisdiction.node(at.node());
                if (!node.level().id().equals(type.level().get())) {
                    found.add(problem(id, "target", "岗位 " + type.id() + " 应设在 " + type.level().get()
                                    + " 层级, 但节点 " + at.node() + " 属于 " + node.level().id() + " 层级",
                            "role " + type.id() + " sits at level " + type.level().get() + " but node "
                                    + at.node() + " is at level " + node.level().id()));
                }
            }
        } else if (a.target() instanceof RoleTarget.InOrganization in && !organizations.contains(in.organization())) {
            found.add(problem(id, "target", "机构 " + in.organization() + " 不存在",
                    "unknown organization " + in.organization()));
        }
        if (type != null) {
            boolean nodeTarget = a.target() instanceof RoleTarget.AtNode;
            if (nodeTarget != (type.scope() == RoleScope.NODE)) {
                found.add(problem(id, "target", "岗位 " + type.id() + " 设在"
                                + (type.scope() == RoleScope.NODE ? "辖区节点" : "机构") + ", 但指派对象是 " + a.target(),
                        "role " + type.id() + " is held " + (type.scope() == RoleScope.NODE ? "at a node" : "in an organization")
                                + " but the assignment targets " + a.target()));
            }
        }
        a.until().filter(u -> u.isBefore(a.from())).ifPresent(u -> found.add(problem(id, "until",
                "结束日 " + u + " 早于开始日 " + a.from(), "ends on " + u + ", before it starts on " + a.from())));
    }

    /** Reported on the later of two primaries, so fixing it in the file resolves the problem. */
    private void checkOverlappingPrimaries(List<Problem> found) {
        // Compare only primaries of the same role and target: a city has tens of thousands of posts.
        Map<List<Object>, List<Integer>> earlier = new HashMap<>();
        for (int j = 0; j < assignments.size(); j++) {
            Assignment b = assignments.get(j);
            if (b.post() != Post.PRIMARY || !wellOrdered(b)) {
                continue;
            }
            List<Integer> same = earlier.computeIfAbsent(List.of(b.role(), b.target()),
                    k -> new ArrayList<>());
            for (int i : same) {
                if (assignments.get(i).overlaps(b)) {
                    found.add(problem("#" + (j + 1), "from", "与 #" + (i + 1) + " 同为 " + b.role() + " 在 " + b.target()
                                    + " 的A岗, 任期重叠",
                            "overlaps assignment #" + (i + 1) + ", another primary of " + b.role() + " at "
                                    + b.target()));
                    break;
                }
            }
            same.add(j);
        }
    }

    private static boolean wellOrdered(Assignment a) {
        return a.until().map(u -> !u.isBefore(a.from())).orElse(true);
    }

    static void checkAbsence(Absence a, String id, People people, List<Problem> found) {
        if (!people.contains(a.person())) {
            found.add(Problem.of("absence", id, "person", "请假人员 " + a.person() + " 不存在",
                    "absence of unknown person " + a.person()));
        }
        if (!a.until().isAfter(a.from())) {
            found.add(Problem.of("absence", id, "until", "请假结束时刻 " + a.until() + " 不晚于开始时刻 " + a.from(),
                    "absence ends at " + a.until() + ", not after it starts at " + a.from()));
        }
    }

    private static Problem problem(String id, String field, String zh, String en) {
        return Problem.of("assignment", id, field, "指派 " + id + ": " + zh, "assignment " + id + ": " + en);
    }
}
