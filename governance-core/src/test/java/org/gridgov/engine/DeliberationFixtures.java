package org.gridgov.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.deliberation.Attendance;
import org.gridgov.deliberation.BodyId;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.deliberation.ItemFacts;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.deliberation.Presence;
import org.gridgov.deliberation.Proposer;
import org.gridgov.document.DocumentException;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.gridgov.store.EventStore;

/** The deliberation test city: 东厂宅社区's five-party council and grid 1's small-bench meeting. */
final class DeliberationFixtures {
    static final NodeId COMMUNITY = new NodeId("220202001001");
    static final NodeId GRID = new NodeId("220202001001-G01");
    static final BodyId COUNCIL = new BodyId("dc-five-party");
    static final BodyId BENCH = new BodyId("g01-bench");
    /** The community secretary, who convenes both bodies. */
    static final Actor SECRETARY = Actor.inRole(new PersonId("p2"), new RoleTypeId("secretary"),
            RoleTarget.in(new OrganizationId("dc-party")));
    static final Actor RESIDENT = Actor.resident(new PersonId("r1"));

    private DeliberationFixtures() {
    }

    static City city() {
        try {
            return CityLoader.loadResource(DeliberationFixtures.class.getClassLoader(),
                    "org/gridgov/city/community-city.yaml");
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static CityGovernance engine(City city, EventStore store, DeliberationPolicy policy) {
        return CityGovernance.recover(city, store, EngineFixtures.routing(city), EngineFixtures.escalation(),
                GovernanceSettings.DEFAULT, org.gridgov.authorization.Permissions.standard(), policy);
    }

    static ItemFacts parking() {
        return new ItemFacts("小区停车难", "夜间车辆乱停占用消防通道，居民希望划定停车位", new CategoryId("property.parking"),
                COMMUNITY, Proposer.RESIDENT, List.of(new OrganizationId("dc-pm"), new OrganizationId("dc-oc")), 120,
                List.of());
    }

    static ItemId item(int n) {
        return new ItemId("YT-" + n);
    }

    static MeetingId meeting(int n) {
        return new MeetingId("HY-" + n);
    }

    static Attendance present(String seat, String person) {
        return new Attendance(seat, Presence.PRESENT, List.of(new PersonId(person)));
    }

    /** The council's seats taken by their representatives: residents' committee, owners, property, unit, police. */
    static List<Attendance> council(String... seats) {
        List<String> keys = List.of(seats);
        List<Attendance> out = new java.util.ArrayList<>();
        String[][] all = {{"residents-committee", "p7"}, {"owners-committee", "p8"}, {"property-company", "p9"},
                {"resident-unit", "p10"}, {"police", "p11"}};
        for (String[] s : all) {
            if (keys.contains(s[0])) {
                out.add(present(s[0], s[1]));
            }
        }
        return out;
    }

    /** June 2024, local time in the city. */
    static Instant day(int d, int hour) {
        return java.time.LocalDateTime.of(2024, 6, d, hour, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
    }

    static Optional<PersonId> person(String id) {
        return Optional.of(new PersonId(id));
    }
}
