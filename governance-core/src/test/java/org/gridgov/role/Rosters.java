package org.gridgov.role;

import static org.gridgov.fixtures.Cities.cityWithTwoStreets;
import static org.gridgov.fixtures.Cities.organizations;
import static org.gridgov.fixtures.Cities.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.organization.Organizations;
import org.gridgov.people.People;
import org.gridgov.people.PersonId;

/** Roster fixtures over {@link org.gridgov.fixtures.Cities#cityWithTwoStreets()}. */
final class Rosters {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final RoleTypeId GRID_LEADER = new RoleTypeId("grid-leader");
    static final RoleTypeId BUILDING_LEADER = new RoleTypeId("building-leader");
    static final RoleTypeId SECRETARY = new RoleTypeId("branch-secretary");
    static final RoleTarget GRID_1 = RoleTarget.at(new NodeId("S1C1E1G1"));
    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate END = LocalDate.of(2025, 12, 31);

    final Jurisdiction city = cityWithTwoStreets();
    final Organizations orgs = organizations(city);
    final People people = people(city, orgs);

    private Rosters() {}

    static Rosters city() {
        return new Rosters();
    }

    /** A builder with Shuangyashan's grid leader and building leader and an organization-scoped secretary. */
    RosterBuilder builder() {
        return Roster.builder(SHANGHAI, city, orgs, people)
                .roleType(RoleType.atLevel("grid-leader", "网格长", "grid leader", "grid"))
                .roleType(RoleType.atLevel("building-leader", "楼长", "building leader", "building"))
                .roleType(RoleType.inOrganization("branch-secretary", "支部书记", "branch secretary"));
    }

    /** Grid 1: gw-a on the A post for 2025, gw-b then gw-c on B posts. */
    Roster gridOneWithTwoBackups() {
        return builder()
                .assign(assignment("gw-a", Post.PRIMARY, START, Optional.of(END)))
                .assign(assignment("gw-b", Post.BACKUP, START, Optional.of(END)))
                .assign(assignment("gw-c", Post.BACKUP, START, Optional.of(END)))
                .build();
    }

    static Assignment assignment(String person, Post post, LocalDate from, Optional<LocalDate> until) {
        return new Assignment(new PersonId(person), GRID_LEADER, GRID_1, post, from, until);
    }

    static PersonId person(String id) {
        return new PersonId(id);
    }

    static OrganizationId org(String id) {
        return new OrganizationId(id);
    }

    /** Noon in Shanghai on a day. */
    static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(SHANGHAI).toInstant();
    }

    static Absence away(String person, Instant from, Instant until) {
        return new Absence(new PersonId(person), from, until, "年休假 annual leave");
    }
}
