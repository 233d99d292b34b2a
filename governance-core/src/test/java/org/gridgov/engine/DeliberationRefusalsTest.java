package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.engine.DeliberationFixtures.BENCH;
import static org.gridgov.engine.DeliberationFixtures.COUNCIL;
import static org.gridgov.engine.DeliberationFixtures.RESIDENT;
import static org.gridgov.engine.DeliberationFixtures.SECRETARY;
import static org.gridgov.engine.DeliberationFixtures.council;
import static org.gridgov.engine.DeliberationFixtures.day;
import static org.gridgov.engine.DeliberationFixtures.item;
import static org.gridgov.engine.DeliberationFixtures.meeting;
import static org.gridgov.engine.DeliberationFixtures.parking;

import java.util.List;
import org.gridgov.audit.AuditEntry;
import org.gridgov.audit.Verdict;
import org.gridgov.category.CategoryId;
import org.gridgov.deliberation.Attendance;
import org.gridgov.deliberation.Choice;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.deliberation.ItemFacts;
import org.gridgov.deliberation.ItemStatus;
import org.gridgov.deliberation.Presence;
import org.gridgov.deliberation.Proposer;
import org.gridgov.deliberation.Resolution;
import org.gridgov.i18n.Bilingual;
import org.gridgov.people.PersonId;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** What deliberation commands refuse, each as a value with nothing stored, and what they count. */
class DeliberationRefusalsTest {
    private final InMemoryEventStore store = new InMemoryEventStore();
    private final CityGovernance engine = DeliberationFixtures.engine(DeliberationFixtures.city(), store,
            DeliberationPolicy.bodyRules());
    private final Deliberations d = engine.deliberation();

    private static String code(DeliberationOutcome o) {
        assertThat(o).as(o.toString()).isInstanceOf(DeliberationOutcome.Refused.class);
        return ((DeliberationOutcome.Refused) o).rejection().code();
    }

    private void tabledAndOpen(String... seats) {
        d.propose(item(1), parking(), RESIDENT, day(3, 9));
        d.table(item(1), COUNCIL, SECRETARY, day(4, 9));
        d.call(meeting(1), COUNCIL, day(14, 15), List.of(item(1)), SECRETARY, day(5, 9));
        d.open(meeting(1), council(seats), SECRETARY, day(14, 15));
    }

    @Test
    void withoutAQuorumNothingIsVotedOrDecided() {
        tabledAndOpen("residents-committee", "owners-committee", "property-company");   // 3 of 5 < 2/3
        long before = store.meetingTimeline(meeting(1)).size();

        DeliberationOutcome vote = d.vote(meeting(1), item(1), new PersonId("p7"), Choice.FOR, SECRETARY, day(14, 16));
        DeliberationOutcome decide = d.decide(meeting(1), item(1), new Resolution("划线", List.of()), SECRETARY,
                day(14, 17));

        assertThat(code(vote)).isEqualTo("no-quorum");
        assertThat(code(decide)).isEqualTo("no-quorum");
        assertThat(((DeliberationOutcome.Refused) decide).rejection().reason().zh()).contains("5席到会3席")
                .contains("未达到法定人数");
        assertThat(store.meetingTimeline(meeting(1))).hasSize((int) before);
        assertThat(d.item(item(1)).orElseThrow().status()).isEqualTo(ItemStatus.SCHEDULED);
    }

    @Test
    void aRequiredSeatMissingIsNoQuorumWhateverTheShare() {
        tabledAndOpen("owners-committee", "property-company", "resident-unit", "police");   // 4 of 5, no chair

        assertThat(code(d.vote(meeting(1), item(1), new PersonId("p8"), Choice.FOR, SECRETARY, day(14, 16))))
                .isEqualTo("no-quorum");
    }

    @Test
    void onlyAPersonWhoTookASeatMayVoteAndOnlyOncePerSeat() {
        tabledAndOpen("residents-committee", "owners-committee", "property-company", "police");

        assertThat(code(d.vote(meeting(1), item(1), new PersonId("p10"), Choice.FOR, SECRETARY, day(14, 16))))
                .as("p10's seat is absent").isEqualTo("not-a-member");
        assertThat(d.vote(meeting(1), item(1), new PersonId("p7"), Choice.FOR, SECRETARY, day(14, 16)).isDone()).isTrue();
        assertThat(code(d.vote(meeting(1), item(1), new PersonId("p7"), Choice.AGAINST, SECRETARY, day(14, 16))))
                .isEqualTo("already-voted");
    }

    @Test
    void nothingIsVotedAfterTheMeetingClosedAndUndecidedItemsGoBackOnTheList() {
        tabledAndOpen("residents-committee", "owners-committee", "property-company", "police");
        assertThat(d.close(meeting(1), "时间不够，下次再议", SECRETARY, day(14, 18)).isDone()).isTrue();

        assertThat(code(d.vote(meeting(1), item(1), new PersonId("p7"), Choice.FOR, SECRETARY, day(14, 19))))
                .isEqualTo("meeting-closed");
        assertThat(d.item(item(1)).orElseThrow().status()).isEqualTo(ItemStatus.TABLED);
    }

    @Test
    void aMeetingTakesOnlyItemsTabledAtItsBody() {
        d.propose(item(1), parking(), RESIDENT, day(3, 9));

        assertThat(code(d.call(meeting(1), COUNCIL, day(14, 15), List.of(item(1)), SECRETARY, day(5, 9))))
                .isEqualTo("not-tabled");
        assertThat(store.meetingIds()).isEmpty();
        d.table(item(1), COUNCIL, SECRETARY, day(4, 9));
        assertThat(code(d.call(meeting(2), BENCH, day(14, 15), List.of(item(1)), SECRETARY, day(5, 9))))
                .as("tabled at the council, not the bench").isEqualTo("not-tabled");
    }

    @Test
    void anItemOutsideTheBodysAreaIsNotTabledThere() {
        ItemFacts elsewhere = new ItemFacts("路灯不亮", "三号路灯不亮", new CategoryId("env.noise"),
                new org.gridgov.jurisdiction.NodeId("220202001001-G02"), Proposer.GRID_WORKER, List.of(), 0, List.of());
        d.propose(item(2), elsewhere, SECRETARY, day(3, 9));

        assertThat(code(d.table(item(2), BENCH, SECRETARY, day(4, 9)))).isEqualTo("outside-body");
        assertThat(d.table(item(2), COUNCIL, SECRETARY, day(4, 9)).isDone()).isTrue();
    }

    @Test
    void aResidentMayProposeButNotTable() {
        assertThat(d.propose(item(1), parking(), RESIDENT, day(3, 9)).isDone()).isTrue();

        assertThat(code(d.table(item(1), COUNCIL, RESIDENT, day(4, 9)))).isEqualTo("not-permitted");
        List<AuditEntry> trail = engine.audit();
        AuditEntry last = trail.get(trail.size() - 1);
        assertThat(last.record().verdict()).isEqualTo(Verdict.REFUSED);
        assertThat(last.record().subject()).contains("item:YT-1");
    }

    @Test
    void unknownItemsAndMeetingsAreRefusedByName() {
        assertThat(code(d.support(item(9), new PersonId("r1"), org.gridgov.deliberation.SupportChannel.ONLINE,
                RESIDENT, day(3, 9)))).isEqualTo("unknown-item");
        assertThat(code(d.open(meeting(9), List.of(), SECRETARY, day(3, 9)))).isEqualTo("unknown-meeting");
        assertThat(d.propose(item(1), parking(), RESIDENT, day(3, 9)).isDone()).isTrue();
        assertThat(code(d.propose(item(1), parking(), RESIDENT, day(3, 10)))).isEqualTo("already-proposed");
    }

    @Test
    void aVoteBelowTheMinimumIsCountedAndSaysWhyItDoesNotCarry() {
        ItemFacts bench = new ItemFacts("楼道堆物", "楼道堆放杂物", new CategoryId("env.noise"),
                DeliberationFixtures.GRID, Proposer.RESIDENT, List.of(), 0, List.of());
        d.propose(item(3), bench, RESIDENT, day(3, 9));
        d.table(item(3), BENCH, SECRETARY, day(4, 9));
        d.call(meeting(3), BENCH, day(10, 19), List.of(item(3)), SECRETARY, day(5, 9));
        d.open(meeting(3), List.of(DeliberationFixtures.present("grid-leader", "p1"), new Attendance("residents",
                Presence.PRESENT, List.of(new PersonId("r1"), new PersonId("r2"), new PersonId("r3")))),
                SECRETARY, day(10, 19));
        for (String r : List.of("r1", "r2", "r3")) {
            d.vote(meeting(3), item(3), new PersonId(r), Choice.FOR, Actor(r), day(10, 20));
        }

        DeliberationOutcome o = d.decide(meeting(3), item(3), new Resolution("清理楼道", List.of()), SECRETARY,
                day(10, 20));

        var tally = ((DeliberationOutcome.Done) o).tally().orElseThrow();
        assertThat(tally.inFavour()).as("every vote counted").isEqualTo(3);
        assertThat(tally.carried()).isFalse();
        assertThat(tally.why().zh()).contains("少于最低票数4票").contains("票数均已计入");
    }

    @Test
    void aReasonedWithdrawalEndsAnItemBeforeItsDecision() {
        tabledAndOpen("residents-committee", "owners-committee", "property-company", "police");

        assertThat(code(d.withdraw(item(1), Bilingual.of("已协商解决", "settled"), RESIDENT, day(14, 16))))
                .as("residents propose, staff withdraw").isEqualTo("not-permitted");
        assertThat(d.withdraw(item(1), Bilingual.of("已协商解决", "settled"), SECRETARY, day(14, 16)).isDone()).isTrue();
        assertThat(code(d.decide(meeting(1), item(1), new Resolution("划线", List.of()), SECRETARY, day(14, 17))))
                .isEqualTo("not-tabled");
    }

    @Test
    void onlyWhoHoldsTheSeatsPostTakesItUnlessRecordedAsRepresenting() {
        d.propose(item(1), parking(), RESIDENT, day(3, 9));
        d.table(item(1), COUNCIL, SECRETARY, day(4, 9));
        d.call(meeting(1), COUNCIL, day(14, 15), List.of(item(1)), SECRETARY, day(5, 9));
        List<Attendance> stranger = List.of(DeliberationFixtures.present("residents-committee", "p7"),
                DeliberationFixtures.present("police", "r1"));

        assertThat(code(d.open(meeting(1), stranger, SECRETARY, day(14, 15)))).isEqualTo("not-a-member");
        assertThat(d.open(meeting(1), List.of(DeliberationFixtures.present("residents-committee", "p7"),
                new Attendance("police", Presence.REPRESENTED, List.of(new PersonId("r1")))), SECRETARY, day(14, 15))
                .isDone()).isTrue();
    }

    @Test
    void aSmallBenchSeatsTheNeighboursNotResidentsFromElsewhere() {
        ItemFacts bench = new ItemFacts("楼道堆物", "楼道堆放杂物", new CategoryId("env.noise"),
                DeliberationFixtures.GRID, Proposer.RESIDENT, List.of(), 0, List.of());
        d.propose(item(3), bench, RESIDENT, day(3, 9));
        d.table(item(3), BENCH, SECRETARY, day(4, 9));
        d.call(meeting(3), BENCH, day(10, 19), List.of(item(3)), SECRETARY, day(5, 9));
        List<Attendance> withStranger = List.of(DeliberationFixtures.present("grid-leader", "p1"), new Attendance(
                "residents", Presence.PRESENT, List.of(new PersonId("r1"), new PersonId("m1"))));

        assertThat(code(d.open(meeting(3), withStranger, SECRETARY, day(10, 19)))).as("m1 lives in grid 2")
                .isEqualTo("not-a-member");
        assertThat(d.open(meeting(3), List.of(DeliberationFixtures.present("grid-leader", "p1"),
                DeliberationFixtures.present("residents", "r1")), SECRETARY, day(10, 19)).isDone()).isTrue();
    }

    @Test
    void anItemRaisedFromCasesNamesCasesThatExist() {
        ItemFacts fromCases = new ItemFacts("噪音反复投诉", "同一工地多次被投诉", new CategoryId("env.noise"),
                DeliberationFixtures.GRID, Proposer.ISSUES, List.of(), 0, List.of(new org.gridgov.issue.IssueId("nope")));

        assertThat(code(d.propose(item(4), fromCases, SECRETARY, day(3, 9)))).isEqualTo("unknown-issue");
    }

    private static org.gridgov.actor.Actor Actor(String resident) {
        return org.gridgov.actor.Actor.resident(new PersonId(resident));
    }
}
