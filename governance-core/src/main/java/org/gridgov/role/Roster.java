package org.gridgov.role;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.organization.Organizations;
import org.gridgov.people.People;
import org.gridgov.people.PersonId;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/**
 * An immutable roster: the city's role types, who is assigned to which role where (on the A or a B post) for
 * which days, and who is on recorded leave. It answers who acts for a role at an instant: the primary if
 * present, else the first backup present (A/B岗).
 *
 * <p>Assignments run in whole days of the city's time zone, given to the builder; absences in instants. So
 * an instant is turned into the city's date to find assignments, and checked against absences directly.
 * Nothing here reads the clock: every query takes its instant.
 *
 * <p>Queries naming an unknown role type, person, node or organization throw
 * {@link IllegalArgumentException}. Instances are safe to share between threads.
 */
public final class Roster {
    private record Key(RoleTypeId role, RoleTarget target) {}

    private final ZoneId zone;
    private final Jurisdiction jurisdiction;
    private final Organizations organizations;
    private final People people;
    private final ImmutableMap<RoleTypeId, RoleType> roleTypes;
    private final ImmutableList<Assignment> assignments;
    private final ImmutableList<Absence> absences;
    private final ImmutableListMultimap<Key, Assignment> byKey;
    private final ImmutableListMultimap<PersonId, Assignment> byPerson;
    private final ImmutableListMultimap<PersonId, Absence> absencesByPerson;
    /** The day last asked about: asks come in runs (a tick, a batch), and working the day out costs a zone lookup. */
    private volatile Day lastDay;
    private static final Post[] POSTS = {Post.PRIMARY, Post.BACKUP};

    Roster(ZoneId zone, Jurisdiction jurisdiction, Organizations organizations, People people,
           Collection<RoleType> roleTypes, List<Assignment> assignments, List<Absence> absences) {
        this.zone = zone;
        this.jurisdiction = jurisdiction;
        this.organizations = organizations;
        this.people = people;
        this.roleTypes = roleTypes.stream().collect(ImmutableMap.toImmutableMap(RoleType::id, t -> t));
        this.assignments = ImmutableList.copyOf(assignments);
        this.absences = ImmutableList.copyOf(absences);
        this.byKey = assignments.stream().collect(
                ImmutableListMultimap.toImmutableListMultimap(a -> new Key(a.role(), a.target()), a -> a));
        this.byPerson = assignments.stream()
                .collect(ImmutableListMultimap.toImmutableListMultimap(Assignment::person, a -> a));
        this.absencesByPerson = absences.stream()
                .collect(ImmutableListMultimap.toImmutableListMultimap(Absence::person, a -> a));
    }

    /**
     * Starts a roster.
     *
     * @param zone          the city's time zone, which turns an instant into the date assignments use
     * @param jurisdiction  the nodes node-scoped roles are held at
     * @param organizations the organizations organization-scoped roles are held in
     * @param people        the persons assigned and absent
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the organizations or people were built over another jurisdiction
     */
    public static RosterBuilder builder(ZoneId zone, Jurisdiction jurisdiction, Organizations organizations,
                                        People people) {
        return new RosterBuilder(zone, jurisdiction, organizations, people);
    }

    /** The city's time zone. */
    public ZoneId zone() {
        return zone;
    }

    /** The role type catalogue, in the order given. */
    public Collection<RoleType> roleTypes() {
        return roleTypes.values();
    }

    /** The role type with this id, if any. */
    public Optional<RoleType> findRoleType(RoleTypeId id) {
        return Optional.ofNullable(roleTypes.get(id));
    }

    /** Every assignment, in the order given. */
    public List<Assignment> assignments() {
        return assignments;
    }

    /** Every absence, in the order recorded. */
    public List<Absence> absences() {
        return absences;
    }

    /**
     * Who acts for a role at a target at an instant: the primary assigned on that day if not absent at that
     * instant; otherwise the first backup, in the order given, assigned on that day and not absent; otherwise
     * nobody. A backup acting for a vacant primary post counts as {@code viaBackup} too.
     *
     * @throws IllegalArgumentException if the role type, node or organization is unknown
     */
    public Optional<Acting> actingFor(RoleTypeId role, RoleTarget target, Instant at) {
        // Asked for every routing decision: walks the target's assignments without building the holders list.
        List<Assignment> all = byKey.get(new Key(role, target));
        if (all.isEmpty()) {
            checkArgument(roleTypes.containsKey(role), "unknown role type '%s'; role types are %s", role,
                    roleTypes.keySet());
            checkTarget(target);
            return Optional.empty();
        }
        LocalDate day = dayOf(at);
        for (Post post : POSTS) { // the primary first, so an absent primary falls through to the backups in order
            for (Assignment a : all) {
                if (a.post() == post && a.activeOn(day) && !isAbsentUnchecked(a.person(), at)) {
                    return Optional.of(new Acting(a.person(), a, post == Post.BACKUP));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Everyone assigned to a role at a target on the day of an instant, present or not: the primary first (at
     * most one, as primaries may not overlap), then the backups in the order given.
     *
     * @throws IllegalArgumentException if the role type, node or organization is unknown
     */
    public List<Assignment> holders(RoleTypeId role, RoleTarget target, Instant at) {
        checkArgument(roleTypes.containsKey(role), "unknown role type '%s'; role types are %s", role,
                roleTypes.keySet());
        checkTarget(target);
        LocalDate day = dayOf(at);
        List<Assignment> primary = new ArrayList<>(1);
        List<Assignment> backups = new ArrayList<>();
        for (Assignment a : byKey.get(new Key(role, target))) {
            if (a.activeOn(day)) {
                (a.post() == Post.PRIMARY ? primary : backups).add(a);
            }
        }
        primary.addAll(backups);
        return ImmutableList.copyOf(primary);
    }

    /**
     * A person's assignments on the day of an instant, in the order given, whether or not they are absent.
     *
     * @throws IllegalArgumentException if the person is unknown
     */
    public List<Assignment> assignmentsOf(PersonId person, Instant at) {
        checkArgument(people.contains(person), "unknown person '%s'", person);
        LocalDate day = dayOf(at);
        return byPerson.get(person).stream().filter(a -> a.activeOn(day)).collect(ImmutableList.toImmutableList());
    }

    /**
     * True if a recorded absence covers the instant.
     *
     * @throws IllegalArgumentException if the person is unknown
     */
    public boolean isAbsent(PersonId person, Instant at) {
        checkArgument(people.contains(person), "unknown person '%s'", person);
        return isAbsentUnchecked(person, at);
    }

    /**
     * This roster with one more absence recorded; this roster is unchanged.
     *
     * @throws InvalidModelException naming the absence ({@code #n}, its position among all absences) if the
     *                               person is unknown or it does not end after it starts
     */
    public Roster withAbsence(Absence absence) {
        List<Problem> found = new ArrayList<>();
        RosterBuilder.checkAbsence(absence, "#" + (absences.size() + 1), people, found);
        if (!found.isEmpty()) {
            throw new InvalidModelException("roster", found);
        }
        List<Absence> more = new ArrayList<>(absences);
        more.add(absence);
        return new Roster(zone, jurisdiction, organizations, people, roleTypes.values(), assignments, more);
    }

    /** The city's date of an instant, the day assignments are looked up by. */
    public LocalDate dayOf(Instant at) {
        return day(at).day();
    }

    /**
     * True if no recorded absence touches the city's day of this instant, so that {@link #actingFor} gives the
     * same answer at every instant of that day: callers may then keep an answer for the day.
     */
    public boolean sameAllDay(Instant at) {
        return day(at).quiet();
    }

    private Day day(Instant at) {
        Day d = lastDay;
        long second = at.getEpochSecond();
        if (d != null && second >= d.start() && second < d.end()) {
            return d;
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        boolean quiet = absences.stream().noneMatch(a -> a.from().isBefore(end) && start.isBefore(a.until()));
        d = new Day(day, start.getEpochSecond(), end.getEpochSecond(), quiet);
        lastDay = d;
        return d;
    }

    /**
     * A day of the city with its bounds in epoch seconds and whether any absence touches it; the last one asked,
     * since asks come in runs.
     */
    private record Day(LocalDate day, long start, long end, boolean quiet) {
    }

    private boolean isAbsentUnchecked(PersonId person, Instant at) {
        if (absences.isEmpty()) {
            return false;
        }
        for (Absence a : absencesByPerson.get(person)) {
            if (a.covers(at)) {
                return true;
            }
        }
        return false;
    }

    private void checkTarget(RoleTarget target) {
        if (target instanceof RoleTarget.AtNode n) {
            checkArgument(jurisdiction.contains(n.node()), "unknown node '%s'", n.node());
        } else if (target instanceof RoleTarget.InOrganization o) {
            checkArgument(organizations.contains(o.organization()), "unknown organization '%s'", o.organization());
        }
    }

    @Override
    public String toString() {
        return "Roster[" + roleTypes.size() + " role types, " + assignments.size() + " assignments, "
                + absences.size() + " absences, " + zone + "]";
    }
}
