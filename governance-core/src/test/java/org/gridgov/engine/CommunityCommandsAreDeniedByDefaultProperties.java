package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.engine.DeliberationFixtures.COMMUNITY;
import static org.gridgov.engine.DeliberationFixtures.COUNCIL;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.actor.Actor;
import org.gridgov.audit.AuditEntry;
import org.gridgov.audit.Verdict;
import org.gridgov.authorization.CommandKind;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.deliberation.Resolution;
import org.gridgov.i18n.Bilingual;
import org.gridgov.people.PersonId;
import org.gridgov.service.ServiceId;
import org.gridgov.store.InMemoryEventStore;

/**
 * Random deliberation and service commands by random actors — the community secretary, members and residents acting
 * for themselves or for someone else, an unknown resident, an app nobody granted, the platform — are decided deny by
 * default: every attempt is audited once, a done one always names its grant, a system nobody granted never gets
 * anything done, and residents — known to the city or not, like a hotline caller — never do staff's work or act
 * for someone else.
 */
class CommunityCommandsAreDeniedByDefaultProperties {
    private static final City CITY = DeliberationFixtures.city();
    private static final List<Actor> ACTORS = List.of(DeliberationFixtures.SECRETARY, Actor.resident(new PersonId("m1")),
            Actor.resident(new PersonId("r1")), Actor.resident(new PersonId("nobody")),
            Actor.system("some-app", Bilingual.of("某应用", "some app")), Parties.PLATFORM);
    /** Commands only staff (or the platform where granted) may give. */
    private static final Set<CommandKind> STAFF = Set.of(CommandKind.TABLE, CommandKind.CONVENE, CommandKind.DECIDE,
            CommandKind.REPORT_BACK, CommandKind.REVIEW, CommandKind.WITHDRAW, CommandKind.CONFIRM_REPORT_IN,
            CommandKind.CONFIRM_SERVICE, CommandKind.DISPATCH_ORDER, CommandKind.PUBLISH_POST,
            CommandKind.JOINT_BUILDING, CommandKind.PUBLISH_WISH);

    record Attempt(int command, int actor, int subject) {
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        return Combinators.combine(Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0,
                ACTORS.size() - 1), Arbitraries.integers().between(0, 2)).as(Attempt::new).list().ofMinSize(5)
                .ofMaxSize(50);
    }

    @Property(tries = 60)
    void onlyGrantedActorsGetAnythingDone(@ForAll("attempts") List<Attempt> attempts) {
        InMemoryEventStore store = new InMemoryEventStore();
        CityGovernance engine = DeliberationFixtures.engine(CITY, store, DeliberationPolicy.bodyRules());
        Instant at = DeliberationFixtures.day(3, 9);
        for (Attempt a : attempts) {
            at = at.plus(Duration.ofMinutes(30));
            int before = store.auditTrail().size();
            run(engine, a, ACTORS.get(a.actor()), at);
            assertThat(store.auditTrail()).as("one audit entry per attempt").hasSize(before + 1);
        }
        for (AuditEntry e : store.auditTrail()) {
            var r = e.record();
            if (r.verdict() != Verdict.DONE) {
                continue;
            }
            assertThat(r.grant()).as("a done command names its grant").isPresent();
            assertThat(r.actor()).as("a system nobody granted gets nothing done").isNotEqualTo(ACTORS.get(4));
            if (r.actor() instanceof Actor.Person p && p.role().isEmpty()) {
                assertThat(STAFF).as("a resident never does staff's work: " + r.command()).doesNotContain(r.command());
                if (Set.of(CommandKind.REGISTER_REPORT_IN, CommandKind.CLAIM_WISH, CommandKind.SUBMIT_SERVICE)
                        .contains(r.command())) {
                    assertThat(p.person()).as("in person, only for themself").isEqualTo(new PersonId("m1"));
                }
            }
        }
        net.jqwik.api.statistics.Statistics.label("some done").collect(store.auditTrail().stream()
                .anyMatch(e -> e.record().verdict() == Verdict.DONE));
    }

    private static void run(CityGovernance engine, Attempt a, Actor actor, Instant at) {
        Deliberations d = engine.deliberation();
        Services s = engine.service();
        var item = DeliberationFixtures.item(a.subject());
        var meeting = DeliberationFixtures.meeting(a.subject());
        PersonId m1 = new PersonId("m1");
        switch (a.command()) {
            case 0 -> d.propose(item, DeliberationFixtures.parking(), actor, at);
            case 1 -> d.table(item, COUNCIL, actor, at);
            case 2 -> d.call(meeting, COUNCIL, at.plus(Duration.ofHours(1)), List.of(item), actor, at);
            case 3 -> d.open(meeting, DeliberationFixtures.council("residents-committee", "owners-committee",
                    "property-company", "police"), actor, at);
            case 4 -> d.decide(meeting, item, new Resolution("决议", List.of()), actor, at);
            case 5 -> s.registerReportIn(m1, Year.of(2024), actor, at);
            case 6 -> s.confirmReportIn(ServiceId.reportIn(m1, Year.of(2024)), "证", actor, at);
            case 7 -> s.publishWish("W" + a.subject(), COMMUNITY, new PersonId("r1"), "心愿", actor, at);
            case 8 -> s.claimWish(ServiceId.wish("W" + a.subject()), m1, actor, at);
            case 9 -> s.submitService("R" + a.subject(), m1, "服务", at.minus(Duration.ofHours(2 + a.subject() * 3L)),
                    at.minus(Duration.ofHours(1 + a.subject() * 3L)), Optional.of(new PersonId("r1")), Optional.empty(),
                    Optional.empty(), actor, at);
            case 10 -> s.confirmService(ServiceId.record("R" + a.subject()), actor, at);
            case 11 -> s.menu().publishPost("P" + a.subject(), COMMUNITY, "岗位", "七彩", 2, actor, at);
            case 12 -> s.jointBuilding().sign(new org.gridgov.organization.OrganizationId("dc-unit"), COMMUNITY, actor, at);
            default -> s.menu().placeOrder("O" + a.subject(), COMMUNITY, new PersonId("r1"), "理发", actor, at);
        }
    }
}
