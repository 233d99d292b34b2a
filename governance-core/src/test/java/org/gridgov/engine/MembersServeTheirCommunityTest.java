package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.engine.DeliberationFixtures.COMMUNITY;
import static org.gridgov.engine.DeliberationFixtures.SECRETARY;
import static org.gridgov.engine.DeliberationFixtures.day;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.i18n.Bilingual;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.service.Basis;
import org.gridgov.service.ReportIn;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServiceRates;
import org.gridgov.service.ServiceRecord;
import org.gridgov.service.Wish;
import org.gridgov.store.EventLog;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** 在职党员回家 on the engine: report-in by the residence rule or the employer's pairing, a wish, a confirmed service. */
class MembersServeTheirCommunityTest {
    static final Year Y = Year.of(2024);
    static final PersonId M1 = new PersonId("m1");
    static final Actor AS_M1 = Actor.resident(M1);
    private final InMemoryEventStore store = new InMemoryEventStore();
    private final CityGovernance engine = DeliberationFixtures.engine(DeliberationFixtures.city(), store,
            DeliberationPolicy.bodyRules());
    private final Services s = engine.service();

    private static String code(ServiceOutcome o) {
        assertThat(o).as(o.toString()).isInstanceOf(ServiceOutcome.Refused.class);
        return ((ServiceOutcome.Refused) o).rejection().code();
    }

    private ServiceOutcome submit(String id, String from, String until, Optional<ServiceId> wish) {
        return s.submitService(id, M1, "为独居老人买菜", Instant.parse(from), Instant.parse(until),
                Optional.of(new PersonId("r1")), Optional.empty(), wish, AS_M1, day(10, 20));
    }

    @Test
    void aMemberReportsInWhereTheyLiveOnlineThenInPersonAndOnlyOncePerYear() {
        assertThat(s.registerReportIn(M1, Y, AS_M1, day(3, 9)).isDone()).isTrue();
        ReportIn r = s.reportIns().get(0);
        assertThat(r.community()).isEqualTo(COMMUNITY);
        assertThat(r.basis()).isEqualTo(Basis.RESIDENCE);
        assertThat(r.confirmed()).as("online only so far").isFalse();
        assertThat(code(s.registerReportIn(M1, Y, AS_M1, day(4, 9)))).isEqualTo("already-reported-in");

        assertThat(s.confirmReportIn(r.id(), "报到证2024-001", SECRETARY, day(5, 10)).isDone()).isTrue();
        assertThat(code(s.confirmReportIn(r.id(), "报到证2024-001", SECRETARY, day(5, 11)))).isEqualTo("already-confirmed");
        assertThat(s.reportIns().get(0).confirmed()).isTrue();
    }

    @Test
    void aMemberLivingInNoCommunityReportsInWhereTheirEmployerIsPaired() {
        assertThat(s.registerReportIn(new PersonId("p3"), Y, Actor.resident(new PersonId("p3")), day(3, 9)).isDone())
                .isTrue();
        assertThat(s.reportIns().get(0).basis()).isEqualTo(Basis.EMPLOYER_PAIRING);
        assertThat(s.reportIns().get(0).community()).isEqualTo(COMMUNITY);
    }

    @Test
    void whoMayReportInAndForWhom() {
        assertThat(code(s.registerReportIn(new PersonId("m3"), Y, Actor.resident(new PersonId("m3")), day(3, 9))))
                .as("a retired member").isEqualTo("not-in-service");
        assertThat(code(s.registerReportIn(new PersonId("m2"), Y, AS_M1, day(3, 9)))).isEqualTo("not-self");
        assertThat(s.registerReportIn(new PersonId("m2"), Y, SECRETARY, day(3, 9)).isDone()).as("staff may").isTrue();
        assertThat(code(s.confirmReportIn(ServiceId.reportIn(M1, Y), "x", SECRETARY, day(3, 9))))
                .isEqualTo("unknown-timeline");
    }

    @Test
    void aUnitReportsInOnlyWhereItIsPaired() {
        assertThat(s.registerUnitReportIn(new OrganizationId("dc-unit"), COMMUNITY, Y, SECRETARY, day(3, 9)).isDone())
                .isTrue();
        assertThat(code(s.registerUnitReportIn(new OrganizationId("dc-oc"), COMMUNITY, Y, SECRETARY, day(3, 9))))
                .isEqualTo("not-paired");
    }

    @Test
    void aWishClaimedIsFulfilledOnlyWhenItsServiceIsVerifiedAndConfirmed() {
        s.registerReportIn(M1, Y, AS_M1, day(3, 9));
        s.confirmReportIn(ServiceId.reportIn(M1, Y), "报到证2024-001", SECRETARY, day(5, 10));
        assertThat(s.publishWish("W1", COMMUNITY, new PersonId("r1"), "想要一台收音机", SECRETARY, day(6, 9)).isDone())
                .isTrue();
        ServiceId wish = ServiceId.wish("W1");
        assertThat(code(s.claimWish(wish, new PersonId("m2"), Actor.resident(new PersonId("m2")), day(6, 10))))
                .as("m2 has not reported in").isEqualTo("not-reported-in");
        assertThat(s.claimWish(wish, M1, AS_M1, day(6, 11)).isDone()).isTrue();
        assertThat(submit("R1", "2024-06-08T01:00:00Z", "2024-06-08T03:00:00Z", Optional.of(wish)).isDone()).isTrue();
        ServiceId r1 = ServiceId.record("R1");

        assertThat(code(s.confirmService(r1, SECRETARY, day(10, 21)))).isEqualTo("not-verified");
        assertThat(s.ledger().of(M1)).isZero();
        assertThat(s.verifyService(r1, "服务对象刘大妈", true, SECRETARY, day(11, 9)).isDone()).isTrue();
        ServiceOutcome confirmed = s.confirmService(r1, SECRETARY, day(11, 10));

        assertThat(((ServiceOutcome.Done) confirmed).events()).hasSize(2);
        assertThat(s.wishes().get(0).status()).isEqualTo(Wish.Status.FULFILLED);
        assertThat(s.ledger().of(M1)).isEqualTo(Duration.ofHours(2));
        assertThat(s.ledger().ofUnit(new OrganizationId("dc-unit"))).isEqualTo(Duration.ofHours(2));
        ServiceRates rates = s.ratesOf(COMMUNITY, Y);
        assertThat(rates.expected()).containsExactlyInAnyOrder(M1, new PersonId("m2"), new PersonId("p3"));
        assertThat(rates.reported()).containsExactly(M1);
        assertThat(rates.unreported()).containsExactlyInAnyOrder(new PersonId("m2"), new PersonId("p3"));
        assertThat(rates.reportInRate().orElseThrow()).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rates.serviceRate()).contains(1.0);
        assertThat(s.ratesOfUnit(new OrganizationId("dc-unit"), Y).unreported()).containsExactly(new PersonId("m2"));
    }

    @Test
    void aDisputedServiceIsNeverConfirmedAndAReversalTakesTheHoursBack() {
        submit("R1", "2024-06-08T01:00:00Z", "2024-06-08T03:00:00Z", Optional.empty());
        ServiceId r1 = ServiceId.record("R1");
        s.verifyService(r1, "服务对象刘大妈", false, SECRETARY, day(11, 9));
        assertThat(code(s.confirmService(r1, SECRETARY, day(11, 10)))).isEqualTo("disputed");
        assertThat(s.rejectService(r1, Bilingual.of("服务对象未证实", "not borne out"), SECRETARY, day(11, 11)).isDone())
                .isTrue();

        submit("R2", "2024-06-08T01:00:00Z", "2024-06-08T02:00:00Z", Optional.empty());
        ServiceId r2 = ServiceId.record("R2");
        s.verifyService(r2, "服务对象刘大妈", true, SECRETARY, day(11, 12));
        s.confirmService(r2, SECRETARY, day(11, 13));
        assertThat(s.ledger().of(M1)).isEqualTo(Duration.ofHours(1));
        assertThat(s.reverseService(r2, Bilingual.of("重复申报", "reported twice"), SECRETARY, day(12, 9)).isDone()).isTrue();

        assertThat(s.ledger().of(M1)).isZero();
        assertThat(s.ledger().entries()).extracting(e -> e.amount().toMinutes()).containsExactly(60L, -60L);
    }

    @Test
    void timeThatIsNoneTooLongOverlappingOrUnwitnessedIsRefused() {
        assertThat(code(submit("R0", "2024-06-08T03:00:00Z", "2024-06-08T03:00:00Z", Optional.empty())))
                .isEqualTo("bad-hours");
        assertThat(code(submit("R0", "2024-06-08T03:00:00Z", "2024-06-09T04:00:00Z", Optional.empty())))
                .isEqualTo("bad-hours");
        assertThat(submit("R1", "2024-06-08T01:00:00Z", "2024-06-08T03:00:00Z", Optional.empty()).isDone()).isTrue();
        assertThat(code(submit("R2", "2024-06-08T02:00:00Z", "2024-06-08T04:00:00Z", Optional.empty())))
                .isEqualTo("overlapping");
        assertThat(code(s.submitService("R3", M1, "帮忙", Instant.parse("2024-06-09T01:00:00Z"),
                Instant.parse("2024-06-09T02:00:00Z"), Optional.empty(), Optional.empty(), Optional.empty(), AS_M1,
                day(10, 20)))).isEqualTo("no-witness");
        assertThat(code(submit("R4", "2024-06-09T01:00:00Z", "2024-06-09T02:00:00Z",
                Optional.of(ServiceId.wish("none"))))).isEqualTo("not-claimed-by-member");
    }

    private void reportedIn(PersonId member) {
        s.registerReportIn(member, Y, SECRETARY, day(3, 9));
        s.confirmReportIn(ServiceId.reportIn(member, Y), "报到证-" + member, SECRETARY, day(3, 10));
    }

    @Test
    void aMenuOrderGoesFromOrderingToPublicationInItsOrder() {
        reportedIn(M1);
        PersonId resident = new PersonId("r2");
        assertThat(s.menu().placeOrder("O1", COMMUNITY, resident, "上门理发", Actor.resident(resident), day(6, 9)).isDone())
                .as("居民点单").isTrue();
        ServiceId order = ServiceId.order("O1");
        assertThat(code(s.menu().takeOrder(order, M1, AS_M1, day(6, 10)))).as("not dispatched yet").isEqualTo("wrong-step");
        assertThat(code(s.menu().dispatchOrder(order, new PersonId("m2"), SECRETARY, day(6, 10))))
                .as("m2 has not reported in").isEqualTo("not-reported-in");
        assertThat(s.menu().dispatchOrder(order, M1, SECRETARY, day(6, 10)).isDone()).as("社区派单").isTrue();
        assertThat(code(s.menu().takeOrder(order, new PersonId("m2"), SECRETARY, day(6, 11)))).isEqualTo("not-dispatched-to");
        assertThat(s.menu().takeOrder(order, M1, AS_M1, day(6, 11)).isDone()).as("党员接单").isTrue();
        assertThat(code(s.menu().publishOrder(order, "已上门理发", SECRETARY, day(6, 12)))).as("not done yet")
                .isEqualTo("wrong-step");
        s.submitService("R1", M1, "上门理发", Instant.parse("2024-06-07T01:00:00Z"), Instant.parse("2024-06-07T02:00:00Z"),
                Optional.of(resident), Optional.empty(), Optional.of(order), AS_M1, day(7, 12));
        s.verifyService(ServiceId.record("R1"), "服务对象黄大爷", true, SECRETARY, day(8, 9));
        s.confirmService(ServiceId.record("R1"), SECRETARY, day(8, 10));
        assertThat(s.menu().orders().get(0).status()).isEqualTo(org.gridgov.service.MenuOrder.Status.DONE);

        assertThat(s.menu().publishOrder(order, "党员上门为黄大爷理发", SECRETARY, day(8, 11)).isDone()).as("组织晒单").isTrue();
        assertThat(s.menu().orders().get(0).status()).isEqualTo(org.gridgov.service.MenuOrder.Status.PUBLISHED);
    }

    @Test
    void aPostHasRoomForItsCapacityOfReportedInMembers() {
        reportedIn(M1);
        reportedIn(new PersonId("m2"));
        assertThat(s.menu().publishPost("P1", COMMUNITY, "政策宣传岗", "七彩公益服务岗·红", 1, SECRETARY, day(6, 9)).isDone()).isTrue();
        ServiceId post = ServiceId.post("P1");
        assertThat(code(s.menu().claimPost(post, new PersonId("p3"), SECRETARY, day(6, 10)))).isEqualTo("not-reported-in");
        assertThat(s.menu().claimPost(post, M1, AS_M1, day(6, 10)).isDone()).isTrue();
        assertThat(code(s.menu().claimPost(post, new PersonId("m2"), Actor.resident(new PersonId("m2")), day(6, 11))))
                .isEqualTo("post-full");
        assertThat(submit("R1", "2024-06-07T01:00:00Z", "2024-06-07T02:00:00Z", Optional.of(post)).isDone())
                .as("a service against the post").isTrue();
    }

    @Test
    void aServiceLeftUnverifiedIsFollowedUpByTheTickAtItsDeadline() {
        org.gridgov.service.ServicePolicy twoDays = new org.gridgov.service.ServicePolicy() {
            @Override
            public Verification verification(ServiceRecord record) {
                return new Verification(Optional.of(org.gridgov.time.TimeLimit.parse("2 天")),
                        new org.gridgov.policy.Explanation(Bilingual.of("两天", "two days"), List.of(), List.of(), false),
                        EngineFixtures.POLICY);
            }

            @Override
            public org.gridgov.timeline.FollowUpDecision followUp(ServiceRecord record, String due, int openDays) {
                return new org.gridgov.timeline.FollowUpDecision(List.of(new org.gridgov.timeline.FollowUp.Supervise(
                        "逾期未核实 / not verified in time")), new org.gridgov.policy.Explanation(Bilingual.of("到期",
                        "due"), List.of(), List.of(), false), EngineFixtures.POLICY);
            }

            @Override
            public org.gridgov.service.UnitStanding standing(org.gridgov.service.UnitStandingRequest request) {
                return org.gridgov.service.ServicePolicy.none().standing(request);
            }

            @Override
            public org.gridgov.service.Stars stars(org.gridgov.service.MemberQuarter quarter) {
                return org.gridgov.service.ServicePolicy.none().stars(quarter);
            }

            @Override
            public Destined destination(org.gridgov.service.DestinationRequest request) {
                return org.gridgov.service.ServicePolicy.none().destination(request);
            }

            @Override
            public Match match(org.gridgov.service.ServiceEvent.Listed need, org.gridgov.service.ServiceEvent.Listed resource) {
                return org.gridgov.service.ServicePolicy.none().match(need, resource);
            }

            @Override
            public Verifier verifier(org.gridgov.service.VerifierRequest request) {
                return org.gridgov.service.ServicePolicy.none().verifier(request);
            }
        };
        CityGovernance e = CityGovernance.recover(DeliberationFixtures.city(), new InMemoryEventStore(),
                EngineFixtures.routing(DeliberationFixtures.city()), EngineFixtures.escalation(),
                GovernanceSettings.DEFAULT, org.gridgov.authorization.Permissions.standard(),
                DeliberationPolicy.bodyRules(), twoDays);
        e.service().submitService("R1", M1, "买菜", Instant.parse("2024-06-08T01:00:00Z"),
                Instant.parse("2024-06-08T02:00:00Z"), Optional.of(new PersonId("r1")), Optional.empty(),
                Optional.empty(), AS_M1, day(10, 9));
        assertThat(e.service().records().get(0).deadlines()).containsKey("verify");

        e.tick(day(12, 8));
        assertThat(e.service().records().get(0).supervisions()).as("not due yet").isZero();
        e.tick(day(13, 9));
        e.tick(day(13, 9));

        assertThat(e.service().records().get(0).supervisions()).as("once, however often ticked").isEqualTo(1);
        assertThat(e.service().records().get(0).deadlines()).isEmpty();
    }

    @Test
    void theUnitIsToldWhatItsMembersDidAndAcknowledgesIt() {
        reportedIn(M1);
        reportedIn(new PersonId("m2"));
        submit("R1", "2024-06-08T01:00:00Z", "2024-06-08T03:00:00Z", Optional.empty());
        s.verifyService(ServiceId.record("R1"), "服务对象刘大妈", true, SECRETARY, day(11, 9));
        s.confirmService(ServiceId.record("R1"), SECRETARY, day(11, 10));
        OrganizationId hospital = new OrganizationId("dc-unit");

        assertThat(s.sendFeedback(hospital, "2024-06", day(1, 0), day(30, 0), org.gridgov.authorization.Parties.PLATFORM,
                day(30, 9)).isDone()).isTrue();

        var statement = s.feedback().get(0);
        assertThat(statement.lines()).containsExactly(new org.gridgov.service.FeedbackLine(M1, 1, 120),
                new org.gridgov.service.FeedbackLine(new PersonId("m2"), 0, 0));
        Actor liaison = Actor.inRole(new PersonId("p10"), new org.gridgov.role.RoleTypeId("representative"),
                org.gridgov.role.RoleTarget.in(hospital));
        assertThat(s.acknowledgeFeedback(statement.id(), "已收到，纳入年度考核", liaison, day(30, 10)).isDone()).isTrue();
        assertThat(code(s.acknowledgeFeedback(statement.id(), "再次确认", liaison, day(30, 11))))
                .isEqualTo("already-acknowledged");
        assertThat(code(s.sendFeedback(hospital, "2024-06", day(1, 0), day(30, 0),
                org.gridgov.authorization.Parties.PLATFORM, day(30, 12)))).isEqualTo("already-sent");
    }

    @Test
    void aReportedInMemberIsPlacedInTheirGridsBranchAndTheCommunitysTeam() {
        reportedIn(M1);
        var placed = s.placement(M1, Y, new org.gridgov.organization.OrganizationTypeId("volunteer-team")).orElseThrow();
        assertThat(placed.branch()).contains(new OrganizationId("g02-branch"));
        assertThat(placed.team()).contains(new OrganizationId("dc-volunteers"));
        assertThat(s.placement(new PersonId("m2"), Y, new org.gridgov.organization.OrganizationTypeId("volunteer-team")))
                .as("m2 has not reported in").isEmpty();
        s.registerReportIn(new PersonId("m2"), Y, SECRETARY, day(3, 9));
        assertThat(s.placement(new PersonId("m2"), Y, new org.gridgov.organization.OrganizationTypeId("volunteer-team"))
                .orElseThrow().branch()).as("grid 1 has no branch").isEmpty();
    }

    @Test
    void theQuartersRankingPutsMoreTimeFirstAmongEqualStarsAndAPairingRequestIsAWish() {
        reportedIn(M1);
        reportedIn(new PersonId("m2"));
        submit("R1", "2024-06-08T01:00:00Z", "2024-06-08T03:00:00Z", Optional.empty());
        Actor m2 = Actor.resident(new PersonId("m2"));
        s.publishWish("PR1", org.gridgov.service.WishKind.PAIRING_REQUEST, COMMUNITY, new PersonId("r3"),
                "独居老人希望有党员结对帮扶", SECRETARY, day(6, 9));
        s.claimWish(ServiceId.wish("PR1"), new PersonId("m2"), m2, day(6, 10));
        s.submitService("R2", new PersonId("m2"), "上门陪护", Instant.parse("2024-06-09T01:00:00Z"),
                Instant.parse("2024-06-09T02:00:00Z"), Optional.of(new PersonId("r3")), Optional.empty(),
                Optional.of(ServiceId.wish("PR1")), m2, day(10, 20));
        for (String r : List.of("R1", "R2")) {
            s.verifyService(ServiceId.record(r), "服务对象", true, SECRETARY, day(11, 9));
            s.confirmService(ServiceId.record(r), SECRETARY, day(11, 10));
        }

        var ranking = s.stars(COMMUNITY, day(1, 0), day(30, 0));

        assertThat(ranking).extracting(x -> x.quarter().member()).containsExactly(M1, new PersonId("m2"));
        assertThat(ranking.get(1).quarter().answered()).isEqualTo(1);
        assertThat(s.wishes().get(0).kind()).isEqualTo(org.gridgov.service.WishKind.PAIRING_REQUEST);
        assertThat(s.wishes().get(0).status()).isEqualTo(Wish.Status.FULFILLED);
    }

    @Test
    void serviceTimelinesRoundTripThroughTheEventLog() throws Exception {
        s.registerReportIn(M1, Y, AS_M1, day(3, 9));
        s.publishWish("W1", COMMUNITY, new PersonId("r1"), "想要一台收音机", SECRETARY, day(6, 9));
        submit("R1", "2024-06-08T01:00:00Z", "2024-06-08T03:00:00Z", Optional.empty());
        StringWriter out = new StringWriter();
        EventLog.write(store, out);

        InMemoryEventStore read = EventLog.read("log.jsonl", new BufferedReader(new StringReader(out.toString())));

        assertThat(read.serviceIds()).isEqualTo(store.serviceIds());
        for (ServiceId id : store.serviceIds()) {
            assertThat(read.serviceTimeline(id)).isEqualTo(store.serviceTimeline(id));
        }
        assertThat(out.toString()).contains("\"type\":\"ReportInRegistered\"").contains("\"type\":\"WishPublished\"");
        List<ServiceRecord> records = engine.service().records();
        assertThat(records).singleElement().extracting(ServiceRecord::status).isEqualTo(ServiceRecord.Status.SUBMITTED);
    }
}
