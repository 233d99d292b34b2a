package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Closure;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Rejection;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.mode.Mode;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.gridgov.store.InMemoryEventStore;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fourteen out-of-place commands a host once got accepted, tried on 吉林 through the door: each is refused by the
 * standard permissions with its reason, and leaves the case (or the city's mode) as it was; the legitimate flow of
 * the same case goes through.
 */
class OutOfPlaceCommandsAreRefusedTest {
    static final Instant AT = Instant.parse("2023-06-20T02:00:00Z");   // Tuesday 10:00; 周晓红 is back at work
    static final NodeId GRID = new NodeId("220202004001-G01");          // 维北社区第1网格, 昌邑区
    static final IssueId CASE = new IssueId("2023-0620-01");
    static final Actor HOTLINE = Actor.system("hotline-12345", Bilingual.of("12345 热线", "12345 hotline"));
    static final Actor OTHER_DISTRICT_WORKER = Actor.inRole(new PersonId("p-wangch"), new RoleTypeId("grid-worker"),
            RoleTarget.at(new NodeId("220283001002-G01")));             // 舒兰市
    static final Actor RESIDENT = Actor.resident(new PersonId("p-wang"));  // not the reporter
    static final Actor B_POST = Actor.inRole(new PersonId("p-li"), new RoleTypeId("grid-leader"), RoleTarget.at(GRID));
    static final Actor NOBODY_AT_THE_ROOT = Actor.inRole(new PersonId("p-nobody"), new RoleTypeId("safety-lead"),
            RoleTarget.at(new NodeId("2202")));
    static final OrganizationId HOUSING_BUREAU = new OrganizationId("cyq-housing");
    static final OrganizationId JUSTICE_OFFICE = new OrganizationId("xdh-justice");
    static City city;
    CityGovernance engine;

    @BeforeAll
    static void load() throws Exception {
        city = ExampleCities.load("jilin");
    }

    @BeforeEach
    void reportTheCase() throws Exception {
        CityEngine jilin = GridGov.forCity(city).pack(ExampleCities.packSource("jilin"))
                .store(new InMemoryEventStore()).build();
        engine = jilin.engine();
        IssueFacts facts = new IssueFacts(new CategoryId("environment.noise"), new ChannelId("hotline-12345"), GRID,
                Optional.of(new PersonId("p-zhao")), "楼上装修噪音", Severity.LOW, Set.of());
        assertThat(engine.report(CASE, facts, HOTLINE, AT).isDone()).isTrue();
    }

    private void refused(Supplier<CommandOutcome> command, String code, String zh, String en) {
        long before = engine.issue(CASE).orElseThrow().version();
        assertThat(command.get()).isInstanceOfSatisfying(CommandOutcome.Refused.class, r -> {
            assertThat(r.rejection().code()).isEqualTo(code);
            assertThat(r.rejection().reason().zh()).contains(zh);
            assertThat(r.rejection().reason().en()).contains(en);
        });
        assertThat(engine.issue(CASE).orElseThrow().version()).as("nothing appended").isEqualTo(before);
    }

    private Actor liaisonOf(OrganizationId org) {
        return Parties.organization(city, org, AT).orElseThrow();
    }

    @Test
    void aGridWorkerOfAnotherDistrictCannotAcceptRejectOrResolveTheCase() {
        refused(() -> engine.accept(CASE, OTHER_DISTRICT_WORKER, AT), "not-permitted", "网格员王**无权接单案件 2023-0620-01: 不是该案件的承办方", "may not accept");
        refused(() -> engine.rejectDispatch(CASE, Bilingual.of("不归我们", "not ours"), OTHER_DISTRICT_WORKER, AT),
                "not-permitted", "无权退单", "may not reject the dispatch of");
        refused(() -> engine.resolve(CASE, "已办结", OTHER_DISTRICT_WORKER, AT), "not-permitted", "无权办结",
                "may not resolve");
    }

    @Test
    void aResidentCannotRateSomeoneElsesCaseNorExcludeSummonCheckInCloseOrSwitchTheCity() {
        Actor owner = engine.ownerActing(CASE, AT).orElseThrow();
        assertThat(engine.accept(CASE, owner, AT.plusSeconds(60)).isDone()).isTrue();
        assertThat(engine.resolve(CASE, "已协调", owner, AT.plusSeconds(120)).isDone()).isTrue();
        Instant later = AT.plusSeconds(180);
        refused(() -> engine.rate(CASE, Rating.UNSATISFIED, "不满意", RESIDENT, later), "not-permitted",
                "居民王**无权评价案件 2023-0620-01: 不是该案件的反映人", "not the case's reporter");
        refused(() -> engine.exclude(CASE, Bilingual.of("不合理", "unreasonable"), RESIDENT, later), "not-permitted",
                "无权不纳入考核", "may not exclude from evaluation");
        refused(() -> engine.summon(CASE, HOUSING_BUREAU, TimeLimit.parse("30 分钟"), RESIDENT, later),
                "not-permitted", "无权吹哨召集", "may not summon a party to");
        refused(() -> engine.checkIn(CASE, HOUSING_BUREAU, RESIDENT, later), "not-permitted", "无权报到",
                "may not check in to");
        refused(() -> engine.close(CASE, Closure.INVALID, "无效", RESIDENT, later), "not-permitted", "无权关闭",
                "may not close");
        Optional<Rejection> mode = engine.switchMode(new NodeId("2202"), Mode.EMERGENCY,
                Bilingual.of("紧急", "emergency"), RESIDENT, later);
        assertThat(mode).hasValueSatisfying(r -> assertThat(r.reason().zh()).contains("无权切换平急状态"));
        assertThat(engine.modeAt(GRID, later.plusSeconds(1))).isEqualTo(Mode.NORMAL);
        // The reporter may, through the hotline's callback.
        assertThat(engine.rate(CASE, Rating.SATISFIED, "满意", HOTLINE, later).isDone()).isTrue();
    }

    @Test
    void anUnknownPersonClaimingARoleAtTheRootCannotCloseTheCase() {
        refused(() -> engine.close(CASE, Closure.INVALID, "无效", NOBODY_AT_THE_ROOT, AT), "unknown-actor",
                "名册中没有人员 p-nobody", "no person p-nobody on the roster");
    }

    @Test
    void aUnitNobodySummonedCannotCheckInAndASummonedOneCan() {
        Actor justice = liaisonOf(JUSTICE_OFFICE);
        refused(() -> engine.checkIn(CASE, JUSTICE_OFFICE, justice, AT), "not-permitted", "无权报到",
                "not the case's summoned");
        Actor owner = engine.ownerActing(CASE, AT).orElseThrow();
        assertThat(engine.summon(CASE, JUSTICE_OFFICE, TimeLimit.parse("30 分钟"), owner, AT).isDone()).isTrue();
        refused(() -> engine.checkIn(CASE, JUSTICE_OFFICE, RESIDENT, AT.plusSeconds(60)), "not-permitted", "无权报到",
                "may not check in to");
        assertThat(engine.checkIn(CASE, JUSTICE_OFFICE, justice, AT.plusSeconds(60)).isDone()).isTrue();
    }

    @Test
    void theBPostCannotActWhileTheAPostIsAtWorkAndAnUngrantedSystemCannotReport() {
        refused(() -> engine.resolve(CASE, "已办结", B_POST, AT), "unknown-actor", "A 岗在岗",
                "the primary post is present");
        IssueFacts facts = IssueFacts.of(new CategoryId("environment.noise"), new ChannelId("hotline-12345"), GRID,
                "噪音", Severity.LOW);
        CommandOutcome app = engine.report(new IssueId("from-an-app"), facts,
                Actor.system("some-app", Bilingual.of("某应用", "some app")), AT);
        assertThat(app).isInstanceOfSatisfying(CommandOutcome.Refused.class,
                r -> assertThat(r.rejection().reason().zh()).contains("某应用无权上报"));
        assertThat(engine.issue(new IssueId("from-an-app"))).isEmpty();
    }

    @Test
    void aGridLeaderCannotSwitchTheModeOfTheirOwnGridButThePlatformCan() {
        Actor leader = engine.ownerActing(CASE, AT).orElseThrow();
        assertThat(engine.switchMode(GRID, Mode.EMERGENCY, Bilingual.of("暴雪", "snowstorm"), leader, AT))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("not-permitted"));
        assertThat(engine.modeAt(GRID, AT.plusSeconds(1))).isEqualTo(Mode.NORMAL);
        assertThat(engine.switchMode(GRID, Mode.EMERGENCY, Bilingual.of("暴雪", "snowstorm"), Parties.PLATFORM, AT))
                .isEmpty();
        assertThat(engine.modeAt(GRID, AT.plusSeconds(1))).isEqualTo(Mode.EMERGENCY);
    }

    /** Who acts in a role of the first organization of a type at a node (a county government, 市委督查室). */
    private Actor acting(String role, String type, String node, Instant at) {
        var org = city.organizations().ofType(new org.gridgov.organization.OrganizationTypeId(type)).stream()
                .filter(o -> o.node().equals(new NodeId(node))).findFirst().orElseThrow();
        RoleTarget target = RoleTarget.in(org.id());
        PersonId person = city.roster().actingFor(new RoleTypeId(role), target, at).orElseThrow().person();
        return Actor.inRole(person, new RoleTypeId(role), target);
    }

    @Test
    void jilinsPackGivesExclusionsToTheSupervisionOfficeAndModeSwitchesToEachCountysCommandCentre() {
        Actor changyi = acting("duty-commander", "district-government", "220202", AT);     // 昌邑区
        Actor shulan = acting("duty-commander", "district-government", "220283", AT);      // 舒兰市
        Bilingual snow = Bilingual.of("暴雪", "snowstorm");
        assertThat(engine.switchMode(new NodeId("220202"), Mode.EMERGENCY, snow, changyi, AT)).isEmpty();
        assertThat(engine.modeAt(GRID, AT.plusSeconds(1))).isEqualTo(Mode.EMERGENCY);
        assertThat(engine.switchMode(new NodeId("220202"), Mode.NORMAL, snow, shulan, AT.plusSeconds(2)))
                .hasValueSatisfying(r -> assertThat(r.reason().en()).contains("220202 lies outside their area"));
        Actor reviewer = acting("reviewer", "city-supervision", "2202", AT);
        refused(() -> engine.exclude(CASE, Bilingual.of("不合理", "unreasonable"), changyi, AT), "not-permitted",
                "无权不纳入考核", "may not exclude from evaluation");
        assertThat(engine.exclude(CASE, Bilingual.of("诉求不合理", "unreasonable"), reviewer, AT).isDone()).isTrue();
    }
}
