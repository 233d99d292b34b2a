package org.gridgov.rules.escalation;

import org.gridgov.authorization.Parties;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.engine.TickReport;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.policy.RuleTrace;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The base pack's escalation on a simulated clock: warnings, the whistle, report-in, supervision. */
public class EscalationOnASimulatedClockTest {
    public static City city;
    public static CompiledActivePack pack;
    public static final Actor HOTLINE = Actor.system("hotline-12345", Bilingual.of("12345热线", "12345 hotline"));
    /** Tuesday 2024-05-07 10:00 in China. */
    public static final Instant T0 = Instant.parse("2024-05-07T02:00:00Z");
    InMemoryEventStore store;
    CityGovernance engine;

    @BeforeAll
    public static void load() throws Exception {
        city = CityLoader.loadResource(EscalationOnASimulatedClockTest.class.getClassLoader(),
                "org/gridgov/rules/routing/routing-city.yaml");
        PackLoadResult r = PackLoader.withBuiltIns().load(PackSource.classpath(
                EscalationOnASimulatedClockTest.class.getClassLoader(), "org/gridgov/rules/packs/base/"),
                PackContext.unchecked());
        pack = CompiledActivePack.of(r.orElseThrow());
    }

    /** Who acts for the case's owner at the instant; the test fails if nobody does. */
    public static Actor owner(CityGovernance engine, IssueId id, Instant at) {
        return engine.ownerActing(id, at).orElseThrow(() -> new AssertionError("nobody acts for the owner of " + id));
    }

    /** An engine of the routing test city with the base pack over a store. */
    public static CityGovernance engine(InMemoryEventStore store, GovernanceSettings settings) {
        return CityGovernance.recover(city, store, new DroolsRoutingPolicy(() -> pack),
                new DroolsEscalationPolicy(() -> pack), settings);
    }

    @BeforeEach
    void engine() {
        store = new InMemoryEventStore();
        engine = engine(store, GovernanceSettings.DEFAULT);
    }

    Issue report(String id, String category, String location) {
        CommandOutcome o = engine.report(new IssueId(id), IssueFacts.of(new CategoryId(category),
                new ChannelId("hotline-12345"), new NodeId(location), "居民反映", Severity.LOW), HOTLINE, T0);
        assertThat(o.isDone()).as(o.toString()).isTrue();
        return ((CommandOutcome.Done) o).issue();
    }

    static <T extends IssueEvent> List<T> events(TickReport report, Class<T> type) {
        return report.handled().stream().flatMap(h -> h.events().stream()).filter(type::isInstance).map(type::cast)
                .toList();
    }

    @Test
    void reportingRoutesAndSetsTheLimitAndItsWarnings() {
        Issue issue = report("a", "environment.noise", "B1");
        assertThat(issue.owner().orElseThrow().node()).isEqualTo(new NodeId("G1"));
        assertThat(issue.deadlines()).containsKeys("warn-50", "warn-80", "resolve");
        assertThat(issue.deadline("resolve")).contains(T0.plus(Duration.ofDays(7)));
        assertThat(issue.deadline("warn-50")).contains(T0.plus(Duration.ofHours(84)));
    }

    @Test
    void aWarningComesAtItsInstantAndOnlyOnce() {
        report("a", "environment.noise", "B1");
        Instant half = T0.plus(Duration.ofHours(84));
        assertThat(engine.tick(half.minusSeconds(60)).handled()).isEmpty();
        TickReport at = engine.tick(half);
        assertThat(events(at, IssueEvent.Warned.class)).singleElement()
                .satisfies(w -> assertThat(w.deadline()).isEqualTo("warn-50"));
        assertThat(at.handled().get(0).decision().explanation().fired()).extracting(RuleTrace::rule)
                .containsExactly("到预警点提醒承办人");
        assertThat(engine.tick(half).handled()).isEmpty();
    }

    @Test
    void anIssueResolvedAMinuteBeforeTheLimitDoesNotEscalate() {
        report("a", "environment.noise", "B1");
        Instant due = T0.plus(Duration.ofDays(7));
        // p2 acts for the grid (B岗) while p1 is on leave; p1 is back by the time the case is resolved.
        engine.accept(new IssueId("a"), owner(engine, new IssueId("a"), T0.plusSeconds(600)), T0.plusSeconds(600));
        engine.tick(due.minusSeconds(3600));
        assertThat(engine.resolve(new IssueId("a"), "已协调", owner(engine, new IssueId("a"), due.minusSeconds(60)),
                due.minusSeconds(60)).isDone()).isTrue();
        TickReport at = engine.tick(due.plusSeconds(60));
        assertThat(events(at, IssueEvent.Escalated.class)).isEmpty();
        assertThat(engine.issue(new IssueId("a")).orElseThrow().escalationLevel()).isZero();
    }

    @Test
    void anOverdueGridIssueGoesUpToTheCommunityWithAnExplainedWhistle() {
        report("a", "environment.noise", "B1");
        TickReport at = engine.tick(T0.plus(Duration.ofDays(7)));
        IssueEvent.Escalated up = events(at, IssueEvent.Escalated.class).get(0);
        assertThat(up.level()).isEqualTo(1);
        assertThat(up.newOwner().organization()).contains(new OrganizationId("m1-rc"));
        assertThat(up.reason().zh()).contains("吹哨").contains("升级至东厂宅社区");
        // The sentence names what fell due and the escalation rule first, then the routing that chose the owner.
        assertThat(up.reason().zh()).startsWith("办理时限（05-14 10:00）已到，仍未办结：规则“网格社区超时吹哨上报”上报上一级（吹哨）；")
                .contains("由东厂宅社区居委会承办");
        assertThat(up.reason().en()).startsWith("the time limit (05-14 10:00) passed before the case was resolved: "
                + "rule “网格社区超时吹哨上报” escalated it one level up (whistle); ");
        // What the escalation rested on is stored with it, so the explanation survives a restart.
        assertThat(up.basis()).hasValueSatisfying(b -> {
            assertThat(b.packId()).isEqualTo("base");
            assertThat(b.contentHash()).hasSize(64);
            assertThat(b.rules()).contains("网格社区超时吹哨上报", "网格先办");
        });
        IssueEvent.Routed routed = (IssueEvent.Routed) engine.issue(new IssueId("a")).orElseThrow().timeline().get(1);
        assertThat(routed.basis().orElseThrow().rules()).containsExactly("网格先办");
        Issue issue = engine.issue(new IssueId("a")).orElseThrow();
        assertThat(issue.deadline("resolve")).contains(T0.plus(Duration.ofDays(14)));
        assertThat(engine.tick(T0.plus(Duration.ofDays(7))).handled()).isEmpty();
    }

    @Test
    void aSummonsTheCityCannotResolveIsListedAndTheWhistleStillBlows() {
        // 文庙街道 (S2) has no city management section, so the community owns this facilities case.
        report("b", "facilities.road", "M2");
        Issue issue = engine.issue(new IssueId("b")).orElseThrow();
        assertThat(issue.owner().orElseThrow().organization()).contains(new OrganizationId("m2-rc"));
        TickReport up = engine.tick(issue.deadline("resolve").orElseThrow());
        // The warnings fall due too (they were never ticked); the resolve deadline is the one that escalates.
        assertThat(up.handled()).extracting(h -> h.due().key()).containsExactly("warn-50", "warn-80", "resolve");
        TickReport.Handled handled = up.handled().get(2);
        assertThat(handled.decision().explanation().fired()).extracting(RuleTrace::rule)
                .contains("网格社区超时吹哨上报", "吹哨召集城管报到");
        assertThat(handled.decision().explanation().losers()).singleElement()
                .satisfies(l -> assertThat(l.rule()).isEqualTo("吹哨召集城管报到"));
        assertThat(events(up, IssueEvent.Summoned.class)).isEmpty();
        assertThat(events(up, IssueEvent.Escalated.class)).singleElement()
                .satisfies(e -> assertThat(e.newOwner().organization()).contains(new OrganizationId("s2-office")));
    }

    @Test
    void disputesGoingUpSummonTheJudicialOfficeWhichMustReportInWithinThirtyMinutes() {
        report("d", "disputes", "G1");              // the residents' committee mediates (community level)
        Instant due = engine.issue(new IssueId("d")).orElseThrow().deadline("resolve").orElseThrow();
        TickReport up = engine.tick(due);
        IssueEvent.Summoned summoned = events(up, IssueEvent.Summoned.class).get(0);
        assertThat(summoned.organization()).isEqualTo(new OrganizationId("s1-justice"));
        assertThat(summoned.reportInBy()).contains(due.plus(Duration.ofMinutes(30)));
        assertThat(events(up, IssueEvent.Escalated.class)).singleElement()
                .satisfies(e -> assertThat(e.newOwner().node()).isEqualTo(new NodeId("S1")));
        TickReport missed = engine.tick(due.plus(Duration.ofMinutes(30)));
        assertThat(events(missed, IssueEvent.ReportInMissed.class)).singleElement()
                .satisfies(m -> assertThat(m.organization()).isEqualTo(new OrganizationId("s1-justice")));
        assertThat(events(missed, IssueEvent.Supervised.class)).hasSize(1);
        assertThat(engine.issue(new IssueId("d")).orElseThrow().participants().get(0).missed()).isTrue();
    }

    @Test
    void aDepartmentThatReportsInOnTimeIsNotRecorded() {
        report("d", "disputes", "G1");
        Instant due = engine.issue(new IssueId("d")).orElseThrow().deadline("resolve").orElseThrow();
        engine.tick(due);
        engine.checkIn(new IssueId("d"), new OrganizationId("s1-justice"), Parties.organization(engine.city(), new OrganizationId("s1-justice"), due.plus(Duration.ofMinutes(29))).orElseThrow(), due.plus(Duration.ofMinutes(29)));
        TickReport later = engine.tick(due.plus(Duration.ofMinutes(30)));
        assertThat(events(later, IssueEvent.ReportInMissed.class)).isEmpty();
    }

    @Test
    void theStreetOverdueIsSupervisedWithThreeMoreWorkingDaysAndNeverEscalatesFurther() {
        report("c", "facilities.road", "G1");
        Instant due = engine.issue(new IssueId("c")).orElseThrow().deadline("resolve").orElseThrow();
        TickReport at = engine.tick(due);
        assertThat(events(at, IssueEvent.Supervised.class)).hasSize(1);
        assertThat(events(at, IssueEvent.Escalated.class)).isEmpty();
        Issue issue = engine.issue(new IssueId("c")).orElseThrow();
        assertThat(issue.deadline("resolve").orElseThrow()).isAfter(due);
        assertThat(issue.escalationLevel()).isZero();
    }

    @Test
    void aRestartedEngineHasTheSameDueItemsAndTicksTheSameWay() {
        report("a", "environment.noise", "B1");
        report("d", "disputes", "G1");
        engine.tick(T0.plus(Duration.ofDays(3)));
        CityGovernance restarted = engine(store, GovernanceSettings.DEFAULT);
        Instant later = T0.plus(Duration.ofDays(30));
        assertThat(restarted.dueAt(later)).isEqualTo(engine.dueAt(later));
    }

    @Test
    void anUnsatisfiedRatingReopensTheIssueWithATighterLimitAndASatisfiedOneDoesNot() {
        report("a", "environment.noise", "B1");
        report("b", "environment.noise", "B1");
        Actor callback = HOTLINE; // the hotline calls the reporter back (回访) and records the rating
        Instant later = T0.plus(Duration.ofHours(2));
        for (String id : List.of("a", "b")) {
            engine.accept(new IssueId(id), owner(engine, new IssueId(id), T0.plusSeconds(60)), T0.plusSeconds(60));
            engine.resolve(new IssueId(id), "已协调", owner(engine, new IssueId(id), later), later);
        }
        CommandOutcome unhappy = engine.rate(new IssueId("a"), org.gridgov.issue.Rating.UNSATISFIED, "仍然很吵", callback,
                later.plusSeconds(60));
        Issue reopened = ((CommandOutcome.Done) unhappy).issue();
        assertThat(reopened.status()).isEqualTo(org.gridgov.issue.IssueStatus.DISPATCHED);
        assertThat(reopened.round()).isEqualTo(1);
        // 3 working days from Tuesday, by the end of the day (the base pack's rounding): Friday 17:30 (09:30Z),
        // instead of the first round's 7 natural days.
        assertThat(reopened.deadline("resolve")).contains(Instant.parse("2024-05-10T09:30:00Z"));
        assertThat(reopened.deadlines()).containsKeys("warn-50", "warn-80");
        Issue satisfied = ((CommandOutcome.Done) engine.rate(new IssueId("b"), org.gridgov.issue.Rating.SATISFIED, "",
                callback, later.plusSeconds(60))).issue();
        assertThat(satisfied.status()).isEqualTo(org.gridgov.issue.IssueStatus.RESOLVED);
        assertThat(satisfied.round()).isZero();
    }

    @Test
    void whenTheOwnerGoesOnLeaveTheBackupOfThePostTakesOverAtTheNextDueItem() {
        // Reported Thursday 2024-05-02 10:00, when the grid leader p1 is at work; p1 is on leave 05-06 08:00 to
        // 05-08 08:00 (+08:00), when the 80 % warning (05-08 00:24) falls due.
        Instant reported = Instant.parse("2024-05-02T02:00:00Z");
        engine.report(new IssueId("ab"), IssueFacts.of(new CategoryId("environment.noise"), new ChannelId("grid-patrol"),
                new NodeId("B1"), "噪音", Severity.LOW), HOTLINE, reported);
        Issue issue = engine.issue(new IssueId("ab")).orElseThrow();
        assertThat(issue.owner().orElseThrow().person()).contains(new org.gridgov.people.PersonId("p1"));
        TickReport half = engine.tick(issue.deadline("warn-50").orElseThrow());
        assertThat(events(half, IssueEvent.Reassigned.class)).isEmpty();
        TickReport eighty = engine.tick(issue.deadline("warn-80").orElseThrow());
        assertThat(events(eighty, IssueEvent.Reassigned.class)).singleElement().satisfies(r -> {
            assertThat(r.newOwner().person()).contains(new org.gridgov.people.PersonId("p2"));
            assertThat(r.newOwner().node()).isEqualTo(new NodeId("G1"));
            assertThat(r.reason().zh()).contains("B岗");
        });
        assertThat(events(eighty, IssueEvent.Warned.class)).hasSize(1);
        assertThat(engine.issue(new IssueId("ab")).orElseThrow().escalationLevel()).isZero();
    }

    @Test
    void twoPartiesReportingInConveneAConsultationWhichClearsItsDeadlineOrIsSupervisedWhenLate() {
        for (String id : List.of("held", "late")) {
            IssueId issue = new IssueId(id);
            report(id, "disputes", "G1");
            engine.accept(issue, owner(engine, issue, T0.plusSeconds(60)), T0.plusSeconds(60));
            org.gridgov.time.TimeLimit halfHour = org.gridgov.time.TimeLimit.parse("30 分钟");
            engine.summon(issue, new OrganizationId("s1-justice"), halfHour, owner(engine, issue, T0.plusSeconds(120)), T0.plusSeconds(120));
            engine.summon(issue, new OrganizationId("s1-safety"), halfHour, owner(engine, issue, T0.plusSeconds(120)), T0.plusSeconds(120));
            engine.checkIn(issue, new OrganizationId("s1-justice"), Parties.organization(engine.city(), new OrganizationId("s1-justice"), T0.plusSeconds(600)).orElseThrow(), T0.plusSeconds(600));
            assertThat(engine.issue(issue).orElseThrow().deadlines()).doesNotContainKey("consult");
            engine.checkIn(issue, new OrganizationId("s1-safety"), Parties.organization(engine.city(), new OrganizationId("s1-safety"), T0.plusSeconds(900)).orElseThrow(), T0.plusSeconds(900));
            // Tuesday 10:15 + one working day, by the end of the day: Wednesday 17:30.
            assertThat(engine.issue(issue).orElseThrow().deadline("consult"))
                    .contains(Instant.parse("2024-05-08T09:30:00Z"));
        }
        engine.consult(new IssueId("held"), java.util.Set.of(new OrganizationId("s1-justice"),
                new OrganizationId("s1-safety"), new OrganizationId("m1-rc")), "调解方案", owner(engine, new IssueId("held"), T0.plus(Duration.ofHours(5))), T0.plus(Duration.ofHours(5)));
        assertThat(engine.issue(new IssueId("held")).orElseThrow().deadlines()).doesNotContainKey("consult");
        // Held later in the day than the check-in was is still in time; the deadline passes only after 17:30.
        assertThat(engine.tick(T0.plus(Duration.ofDays(1)).plusSeconds(3600)).handled())
                .noneMatch(h -> h.due().key().equals("consult"));
        TickReport late = engine.tick(Instant.parse("2024-05-08T09:30:00Z"));
        assertThat(late.handled()).filteredOn(h -> h.due().key().equals("consult")).singleElement().satisfies(h -> {
            assertThat(h.due().issue()).isEqualTo(new IssueId("late"));
            assertThat(h.events()).anyMatch(e -> e instanceof IssueEvent.Supervised);
        });
    }
}
