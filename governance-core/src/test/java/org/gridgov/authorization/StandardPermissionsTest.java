package org.gridgov.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.DecisionBasis;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Outcome;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every grant of the standard matrix, once where it allows a command and once where it does not. */
class StandardPermissionsTest {
    static final Instant AT = Instant.parse("2024-06-03T01:00:00Z");          // Monday 09:00, p1 at work
    static final Instant P1_AWAY = Instant.parse("2024-03-01T02:00:00Z");     // p1 on sick leave
    static final NodeId GRID = new NodeId("220202001001-G01");
    static final NodeId OTHER_GRID = new NodeId("220202001001-G02");
    static final NodeId VILLAGE_GRID = new NodeId("220202001201-G01");
    static final OrganizationId COMMUNITY_PARTY = new OrganizationId("dc-party");
    static final OrganizationId POLICE = new OrganizationId("police");
    static final Actor HOTLINE = Actor.system("hotline-12345", Bilingual.of("12345 热线", "12345 hotline"));
    static final Actor APP = Actor.system("some-app", Bilingual.of("某应用", "some app"));
    static final Actor LEADER = inRole("p1", "grid-leader", RoleTarget.at(GRID));
    static final Actor BACKUP = inRole("p2", "grid-leader", RoleTarget.at(GRID));
    static final Actor SECRETARY = inRole("p2", "secretary", RoleTarget.in(COMMUNITY_PARTY));
    static final Actor STREET_SECRETARY = inRole("p4", "secretary", RoleTarget.in(new OrganizationId("st-party")));
    static final Actor POLICE_LIAISON = inRole("p5", "liaison", RoleTarget.in(POLICE));
    static final Actor VILLAGE_LEADER = inRole("p6", "grid-leader", RoleTarget.at(VILLAGE_GRID));
    static final Actor RESIDENT = Actor.resident(new PersonId("p3"));
    static final Actor STRANGER = Actor.resident(new PersonId("r-99"));
    static City city;
    static final Permissions STANDARD = Permissions.standard();

    @BeforeAll
    static void load() throws Exception {
        city = CityLoader.loadResource(StandardPermissionsTest.class.getClassLoader(),
                "org/gridgov/city/authorization-city.yaml");
    }

    static Actor inRole(String person, String role, RoleTarget target) {
        return Actor.inRole(new PersonId(person), new RoleTypeId(role), target);
    }

    /** A noise case at the grid reported through the hotline (by resident p3) and routed to the grid. */
    static Issue atGrid(List<OrganizationId> coHandlers) {
        IssueFacts facts = new IssueFacts(new CategoryId("env.noise"), new ChannelId("hotline-12345"), GRID,
                Optional.of(new PersonId("p3")), "楼上噪音", Severity.LOW, Set.of());
        Issue reported = ((Outcome.Accepted) Issue.report(new IssueId("c1"), facts, HOTLINE, AT)).issue();
        return ((Outcome.Accepted) reported.route(Owner.atNode(GRID), Bilingual.of("属地", "local"),
                new DecisionBasis("test", "1", "0", List.of()), coHandlers, HOTLINE, AT)).issue();
    }

    static Issue summoned(OrganizationId org) {
        return ((Outcome.Accepted) atGrid(List.of()).summon(org, Optional.empty(), LEADER, AT)).issue();
    }

    static AccessDecision on(Issue issue, CommandKind command, Actor actor, Instant at) {
        return STANDARD.decide(AccessRequest.onIssue(command, actor, at, issue), city);
    }

    static AccessDecision report(Actor actor, NodeId where) {
        return STANDARD.decide(new AccessRequest(CommandKind.REPORT, actor, AT, where, Optional.empty(),
                Optional.empty()), city);
    }

    static void granted(AccessDecision d, String grant) {
        assertThat(d).isInstanceOfSatisfying(AccessDecision.Granted.class,
                g -> assertThat(g.grant().id()).isEqualTo(grant));
    }

    static void denied(AccessDecision d, String code, String zh, String en) {
        assertThat(d).isInstanceOfSatisfying(AccessDecision.Denied.class, x -> {
            assertThat(x.rejection().code()).isEqualTo(code);
            assertThat(x.rejection().reason().zh()).contains(zh);
            assertThat(x.rejection().reason().en()).contains(en);
        });
    }

    @Test
    void channelsAndThePlatformReportButAnUngrantedSystemDoesNot() {
        granted(report(HOTLINE, GRID), "channels-report");
        granted(report(Parties.PLATFORM, GRID), "channels-report");
        denied(report(APP, GRID), "not-permitted", "某应用无权上报", "some app may not report");
    }

    @Test
    void residentsReportButCannotClaimARoleTheyDoNotHold() {
        granted(report(RESIDENT, GRID), "residents-report");
        granted(report(STRANGER, GRID), "residents-report");      // a resident need not be on the profile
        denied(report(inRole("p3", "grid-leader", RoleTarget.at(GRID)), GRID), "unknown-actor",
                "并不担任", "does not act as grid-leader");
        denied(report(inRole("r-99", "grid-leader", RoleTarget.at(GRID)), GRID), "unknown-actor",
                "名册中没有人员 r-99", "no person r-99 on the roster");
    }

    @Test
    void staffReportInTheirOwnAreaOnly() {
        granted(report(LEADER, new NodeId("B1")), "staff-report");
        denied(report(LEADER, OTHER_GRID), "not-permitted", "网格长张*无权上报", OTHER_GRID + " lies outside their area");
    }

    @Test
    void theOwnerHandlesItsCaseAndTheBackupOnlyWhileThePrimaryIsAway() {
        Issue issue = atGrid(List.of());
        for (CommandKind c : List.of(CommandKind.ACCEPT, CommandKind.REJECT_DISPATCH, CommandKind.RESOLVE,
                CommandKind.FEEDBACK, CommandKind.SUMMON)) {
            granted(on(issue, c, LEADER, AT), "owner-handles");
        }
        denied(on(issue, CommandKind.RESOLVE, BACKUP, AT), "unknown-actor", "A 岗在岗", "primary post is present");
        granted(on(issue, CommandKind.RESOLVE, BACKUP, P1_AWAY), "owner-handles");
        denied(on(issue, CommandKind.RESOLVE, VILLAGE_LEADER, AT), "not-permitted", "网格长孙*无权办结案件 c1",
                "grid leader 孙* may not resolve case c1");
        // Without a claim, a person is judged by every role the roster gives them then.
        granted(on(issue, CommandKind.ACCEPT, Actor.resident(new PersonId("p1")), AT), "owner-handles");
    }

    @Test
    void coHandlersTakePartInTheConsultationOfTheirCasesOnly() {
        granted(on(atGrid(List.of(COMMUNITY_PARTY)), CommandKind.CONSULT, SECRETARY, AT), "co-handlers-take-part");
        denied(on(atGrid(List.of()), CommandKind.CONSULT, SECRETARY, AT), "not-permitted", "无权会商",
                "may not consult on");
    }

    @Test
    void aSummonedUnitChecksInForItselfOnly() {
        Issue issue = summoned(POLICE);
        granted(STANDARD.decide(AccessRequest.onIssue(CommandKind.CHECK_IN, POLICE_LIAISON, AT, issue)
                .concerning(POLICE), city), "summoned-check-in");
        denied(STANDARD.decide(AccessRequest.onIssue(CommandKind.CHECK_IN, POLICE_LIAISON, AT, issue)
                .concerning(COMMUNITY_PARTY), city), "not-permitted", "无权报到", "may not check in");
        denied(STANDARD.decide(AccessRequest.onIssue(CommandKind.CHECK_IN, SECRETARY, AT, atGrid(List.of()))
                .concerning(COMMUNITY_PARTY), city), "not-permitted", "无权报到", "may not check in");
    }

    @Test
    void summonedUnitsConsultAndNoteButOthersDoNot() {
        granted(on(summoned(POLICE), CommandKind.CONSULT, POLICE_LIAISON, AT), "participants-consult");
        denied(on(atGrid(List.of()), CommandKind.NOTE, SECRETARY, AT), "not-permitted", "无权备注",
                "may not add a note to");
    }

    @Test
    void theStreetAndAboveSummonInTheirAreaButACommunitySecretaryDoesNot() {
        granted(on(atGrid(List.of()), CommandKind.SUMMON, STREET_SECRETARY, AT), "leaders-summon");
        // The closest grant names what is missing: the secretary's community is not the owner (and lies below the
        // street, which leaders-summon needs).
        denied(on(atGrid(List.of()), CommandKind.SUMMON, SECRETARY, AT), "not-permitted", "书记李*无权吹哨召集案件 c1: 不是该案件的承办方",
                "not the case's owner");
        denied(STANDARD.decide(new AccessRequest(CommandKind.SUMMON, SECRETARY, AT, GRID, Optional.empty(),
                Optional.empty()), city), "not-permitted", "层级低于 street", "below the level street");
    }

    @Test
    void theReporterAndTheChannelThatTookTheCaseRateItNobodyElse() {
        Issue issue = atGrid(List.of());
        granted(on(issue, CommandKind.RATE, RESIDENT, AT), "reporter-rates");
        granted(on(issue, CommandKind.RATE, HOTLINE, AT), "callback-rates");
        denied(on(issue, CommandKind.RATE, STRANGER, AT), "not-permitted", "居民r-99无权评价案件 c1",
                "not the case's reporter");
        denied(on(issue, CommandKind.RATE, Parties.PLATFORM, AT), "not-permitted", "无权评价", "may not rate");
    }

    @Test
    void channelsAndThePlatformCloseResidentsDoNot() {
        granted(on(atGrid(List.of()), CommandKind.CLOSE, HOTLINE, AT), "platform-closes");
        denied(on(atGrid(List.of()), CommandKind.CLOSE, RESIDENT, AT), "not-permitted", "居民王*无权关闭案件 c1",
                "resident 王* may not close case c1");
    }

    @Test
    void onlyThePlatformExcludesAndSwitchesModesByDefault() {
        granted(on(atGrid(List.of()), CommandKind.EXCLUDE, Parties.PLATFORM, AT), "platform-excludes");
        denied(on(atGrid(List.of()), CommandKind.EXCLUDE, LEADER, AT), "not-permitted", "无权不纳入考核",
                "may not exclude from evaluation");
        AccessRequest city2202 = new AccessRequest(CommandKind.SWITCH_MODE, Parties.PLATFORM, AT, new NodeId("2202"),
                Optional.empty(), Optional.empty());
        granted(STANDARD.decide(city2202, city), "platform-switches-mode");
        denied(STANDARD.decide(new AccessRequest(CommandKind.SWITCH_MODE, RESIDENT, AT, new NodeId("2202"),
                Optional.empty(), Optional.empty()), city), "not-permitted", "无权切换平急状态",
                "may not switch the mode of");
    }

    /** A deliberation or service command by an actor at a node. */
    static AccessDecision at(CommandKind command, Actor actor, NodeId where) {
        return STANDARD.decide(new AccessRequest(command, actor, AT, where, Optional.empty(), Optional.empty()), city);
    }

    static void refused(AccessDecision d) {
        assertThat(d).isInstanceOf(AccessDecision.Denied.class);
    }

    @Test
    void residentsProposeSupportVoteAndRateItemsButDoNotTableThem() {
        granted(at(CommandKind.PROPOSE, RESIDENT, GRID), "residents-deliberate");
        refused(at(CommandKind.TABLE, RESIDENT, GRID));
    }

    @Test
    void channelsAndThePlatformRecordItemsAnUngrantedSystemDoesNot() {
        granted(at(CommandKind.PROPOSE, HOTLINE, GRID), "channels-record-deliberation");
        refused(at(CommandKind.PROPOSE, APP, GRID));
    }

    @Test
    void staffTableAndConveneInTheirOwnAreaOnly() {
        granted(at(CommandKind.CONVENE, LEADER, GRID), "staff-deliberate");
        refused(at(CommandKind.CONVENE, LEADER, VILLAGE_GRID));
    }

    @Test
    void membersReportInClaimAndSubmitButDoNotConfirm() {
        granted(at(CommandKind.SUBMIT_SERVICE, RESIDENT, GRID), "members-serve");
        refused(at(CommandKind.CONFIRM_SERVICE, RESIDENT, GRID));
    }

    @Test
    void residentsOrderFromTheMenuAChannelDoesNot() {
        granted(at(CommandKind.PLACE_ORDER, RESIDENT, GRID), "residents-order");
        refused(at(CommandKind.PLACE_ORDER, HOTLINE, GRID));
    }

    @Test
    void thePlatformSendsFeedbackAChannelDoesNot() {
        granted(at(CommandKind.SERVICE_FEEDBACK, Parties.PLATFORM, GRID), "platform-records-service");
        refused(at(CommandKind.SERVICE_FEEDBACK, HOTLINE, GRID));
    }

    @Test
    void staffConfirmServiceAndRunJointBuildingInTheirOwnAreaOnly() {
        granted(at(CommandKind.CONFIRM_SERVICE, SECRETARY, GRID), "staff-serve");
        refused(at(CommandKind.JOINT_BUILDING, VILLAGE_LEADER, GRID));
    }

    @Test
    void aCityChangesTheMatrixByIdAndNothingIsAllowedWithoutAGrant() {
        Grant districtExcludes = new Grant("platform-excludes", Bilingual.of("街道审核", "street review"),
                Set.of(CommandKind.EXCLUDE), new Who.Roles(Set.of(new RoleTypeId("secretary"))), Relation.ANY,
                Optional.of(new org.gridgov.jurisdiction.LevelId("street")), Grant.Reach.SUBTREE);
        Permissions city2 = STANDARD.with(List.of(districtExcludes), Set.of("residents-report"));
        granted(city2.decide(AccessRequest.onIssue(CommandKind.EXCLUDE, STREET_SECRETARY, AT, atGrid(List.of())), city),
                "platform-excludes");
        assertThat(city2.decide(AccessRequest.onIssue(CommandKind.EXCLUDE, Parties.PLATFORM, AT, atGrid(List.of())),
                city).granted()).as("replaced, not added").isFalse();
        assertThat(city2.decide(new AccessRequest(CommandKind.REPORT, RESIDENT, AT, GRID, Optional.empty(),
                Optional.empty()), city).granted()).as("revoked").isFalse();
        denied(Permissions.none().decide(new AccessRequest(CommandKind.REPORT, HOTLINE, AT, GRID, Optional.empty(),
                Optional.empty()), city), "not-permitted", "没有任何授权允许上报", "no grant allows anyone to report");
    }
}
