package org.gridgov.rules.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.deliberation.AgendaDecision;
import org.gridgov.deliberation.AgendaRequest;
import org.gridgov.deliberation.Attendance;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.BodyId;
import org.gridgov.deliberation.BodyKind;
import org.gridgov.deliberation.BodyRecord;
import org.gridgov.deliberation.BodyScore;
import org.gridgov.deliberation.Cadence;
import org.gridgov.timeline.Change;
import org.gridgov.deliberation.CountingDecision;
import org.gridgov.deliberation.CountingRequest;
import org.gridgov.timeline.FollowUp;
import org.gridgov.timeline.FollowUpDecision;
import org.gridgov.deliberation.FollowUpRequest;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.ItemFacts;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.MajorityRule;
import org.gridgov.deliberation.Meeting;
import org.gridgov.deliberation.MeetingEvent;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.deliberation.Presence;
import org.gridgov.deliberation.Proposer;
import org.gridgov.deliberation.QuorumRule;
import org.gridgov.deliberation.ScoreRequest;
import org.gridgov.deliberation.Seat;
import org.gridgov.deliberation.Threshold;
import org.gridgov.deliberation.VotingMode;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.organization.OrganizationTypeId;
import org.gridgov.people.PersonId;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every deliberation rule of the base pack, with a case where it fires and one where it does not. */
class BaseDeliberationRulesTest {
    static final Instant T = Instant.parse("2024-06-03T01:00:00Z");
    static final Actor A = Actor.resident(new PersonId("r1"));
    static ActivePack base;
    static DroolsDeliberationPolicy policy;

    @BeforeAll
    static void load() {
        PackLoadResult r = PackLoader.withBuiltIns().load(PackSource.classpath(
                BaseDeliberationRulesTest.class.getClassLoader(), "org/gridgov/rules/packs/base/"),
                PackContext.unchecked());
        assertThat(r.problems()).isEmpty();
        base = CompiledActivePack.of(((PackLoadResult.Loaded) r).pack());
        policy = new DroolsDeliberationPolicy(() -> base);
    }

    /** A limit as written, without the pack's rounding. */
    static TimeLimit unrounded(TimeLimit l) {
        return new TimeLimit(l.amount(), l.unit());
    }

    static Body body(BodyKind kind, QuorumRule quorum) {
        List<Seat> seats = List.of("rc", "oc", "pm", "unit", "police").stream().map(k -> new Seat(k, Bilingual.zh(k),
                Optional.of(new OrganizationTypeId(k)), Optional.empty(), k.equals("rc"))).toList();
        return new Body(new BodyId("b"), Bilingual.of("五方共议会", "council"), kind, new OrganizationId("party"),
                new NodeId("C1"), seats, Cadence.MONTHLY, quorum, MajorityRule.SIMPLE, VotingMode.BY_SEAT);
    }

    static Item item(String category, int parties, int households) {
        List<OrganizationId> orgs = java.util.stream.IntStream.range(0, parties)
                .mapToObj(i -> new OrganizationId("o" + i)).toList();
        ItemFacts f = new ItemFacts("议题", "内容", new CategoryId(category), new NodeId("C1"), Proposer.RESIDENT, orgs,
                households, List.of());
        return ((Change.Accepted<Item, ItemEvent>) Item.propose(new ItemId("i"), f, A, T)).state();
    }

    static AgendaDecision proposed(Item item) {
        return proposedAt(item, "community");
    }

    static AgendaDecision proposedAt(Item item, String level) {
        return policy.agenda(new AgendaRequest(item, Optional.empty(), List.of(item.facts().category().value(),
                item.facts().category().value().split("\\.")[0]), level, T));
    }

    static AgendaDecision tabled(Item item, BodyKind kind) {
        return policy.agenda(new AgendaRequest(item, Optional.of(body(kind, QuorumRule.MORE_THAN_HALF)),
                List.of(item.facts().category().value()), "community", T));
    }

    @Test
    void aMatterOfSeveralPartiesGoesToTheFivePartyCouncil() {
        assertThat(proposed(item("environment", 2, 0)).mustTake()).contains(BodyKind.FIVE_PARTY_COUNCIL);
        AgendaDecision one = proposed(item("environment", 1, 0));
        assertThat(one.mustTake()).isEmpty();
        assertThat(one.explanation().fired()).extracting(t -> t.rule()).doesNotContain("多方事项提交五方共议");
        assertThat(proposedAt(item("environment", 2, 0), "street").mustTake()).as("a street's matter").isEmpty();
    }

    @Test
    void aLargePropertyMatterGoesToTheFivePartyCouncil() {
        AgendaDecision big = proposed(item("property.fees", 0, 60));
        assertThat(big.mustTake()).contains(BodyKind.FIVE_PARTY_COUNCIL);
        assertThat(big.explanation().reason().zh()).contains("较大物业纠纷提交五方共议");
        assertThat(proposed(item("property.fees", 0, 10)).mustTake()).isEmpty();
        assertThat(proposed(item("environment", 0, 60)).mustTake()).as("not property").isEmpty();
        assertThat(proposedAt(item("property.fees", 0, 60), "street").mustTake()).as("a street's matter").isEmpty();
    }

    @Test
    void aProposedItemIsTabledWithinFiveWorkingDays() {
        assertThat(proposed(item("environment", 0, 0)).tableWithin().map(BaseDeliberationRulesTest::unrounded))
                .contains(TimeLimit.parse("5 个工作日"));
        assertThat(tabled(item("environment", 0, 0), BodyKind.FIVE_PARTY_COUNCIL).tableWithin()).isEmpty();
    }

    @Test
    void eachKindOfBodyHasItsLimitToDeliberateFromTheTable() {
        assertThat(tabled(item("environment", 0, 0), BodyKind.FIVE_PARTY_COUNCIL).deliberateWithin()
                .map(BaseDeliberationRulesTest::unrounded))
                .contains(TimeLimit.parse("10 个工作日"));
        assertThat(tabled(item("environment", 0, 0), BodyKind.SMALL_BENCH).deliberateWithin()
                .map(BaseDeliberationRulesTest::unrounded))
                .contains(TimeLimit.parse("14 天"));
        assertThat(tabled(item("environment", 0, 0), BodyKind.JOINT_MEETING).deliberateWithin()
                .map(BaseDeliberationRulesTest::unrounded))
                .contains(TimeLimit.parse("30 天"));
        assertThat(tabled(item("environment", 0, 0), BodyKind.ALLIANCE_LEADERSHIP).deliberateWithin()
                .map(BaseDeliberationRulesTest::unrounded))
                .contains(TimeLimit.parse("30 天"));
        assertThat(tabled(item("environment", 0, 0), BodyKind.HEARING).deliberateWithin()).isEmpty();
        assertThat(proposed(item("environment", 0, 0)).deliberateWithin()).isEmpty();
    }

    static Meeting meeting(Body body, int seatsTaken) {
        Meeting m = ((Change.Accepted<Meeting, MeetingEvent>) Meeting.call(new MeetingId("m"), body.id(), T,
                body.node(), List.of(new ItemId("i")), A, T)).state();
        List<Attendance> att = body.seats().subList(0, Math.min(seatsTaken, body.seats().size())).stream().map(s -> new Attendance(s.key(),
                Presence.PRESENT, List.of(new PersonId("p-" + s.key())))).toList();
        return ((Change.Accepted<Meeting, MeetingEvent>) m.open(body, att, A, T)).state();
    }

    static CountingDecision counting(Body body, Item item) {
        return policy.counting(new CountingRequest(body, item, meeting(body, 4), List.of(
                item.facts().category().value(), item.facts().category().value().split("\\.")[0])));
    }

    @Test
    void anItemAffectingAHundredHouseholdsNeedsTwoThirdsOfThosePresent() {
        Body council = body(BodyKind.FIVE_PARTY_COUNCIL, QuorumRule.MORE_THAN_HALF);
        CountingDecision big = counting(council, item("property.fees", 0, 120));
        assertThat(big.majority()).isEqualTo(new MajorityRule(Threshold.TWO_THIRDS, MajorityRule.Base.PRESENT, 0));
        assertThat(big.rules()).containsExactly("涉及百户以上须三分之二赞成");
        CountingDecision small = counting(council, item("property.fees", 0, 20));
        assertThat(small.majority()).isEqualTo(MajorityRule.SIMPLE);
        assertThat(small.rules()).isEmpty();
    }

    @Test
    void aDisputeNeedsTwoThirdsOfTheSeatsButNeverLessThanTheBodysOwnRule() {
        CountingDecision dispute = counting(body(BodyKind.FIVE_PARTY_COUNCIL, QuorumRule.MORE_THAN_HALF),
                item("disputes.neighbour", 0, 0));
        assertThat(dispute.quorum().share()).isEqualTo(Threshold.TWO_THIRDS);
        assertThat(counting(body(BodyKind.FIVE_PARTY_COUNCIL, QuorumRule.MORE_THAN_HALF), item("environment", 0, 0))
                .quorum()).isEqualTo(QuorumRule.MORE_THAN_HALF);
        QuorumRule strict = new QuorumRule(new Threshold(3, 4, true), Set.of("rc"));
        CountingDecision stricter = counting(body(BodyKind.FIVE_PARTY_COUNCIL, strict), item("disputes", 0, 0));
        assertThat(stricter.quorum()).as("a rule never makes it laxer").isEqualTo(strict);
        assertThat(stricter.rules()).isEmpty();
    }

    static Body withSeats(BodyKind kind, String... keys) {
        List<Seat> seats = List.of(keys).stream().map(k -> new Seat(k, Bilingual.zh(k),
                Optional.of(new OrganizationTypeId(k)), Optional.empty(), false)).toList();
        return new Body(new BodyId("b2"), Bilingual.of("议事会", "body"), kind, new OrganizationId("party"),
                new NodeId("C1"), seats, Cadence.MONTHLY, QuorumRule.MORE_THAN_HALF, MajorityRule.SIMPLE,
                VotingMode.BY_SEAT);
    }

    @Test
    void aFivePartyCouncilVotesOnlyWithTheResidentsCommitteePresentWhenItHasThatSeat() {
        Body named = withSeats(BodyKind.FIVE_PARTY_COUNCIL, "residents-committee", "owners-committee",
                "property-company", "resident-unit", "police");
        assertThat(counting(named, item("environment", 0, 0)).quorum().required()).containsExactly("residents-committee");
        CountingDecision lacking = counting(body(BodyKind.FIVE_PARTY_COUNCIL, QuorumRule.MORE_THAN_HALF),
                item("environment", 0, 0));
        assertThat(lacking.quorum().required()).isEmpty();
        assertThat(lacking.explanation().losers()).singleElement()
                .satisfies(c -> assertThat(c.outcome().zh()).contains("没有席位 residents-committee"));
        Body hearing = withSeats(BodyKind.HEARING, "residents-committee", "owners-committee", "police");
        assertThat(counting(hearing, item("environment", 0, 0)).quorum().required()).isEmpty();
    }

    @Test
    void aJointMeetingDecidesOnlyWithFiveVotesCast() {
        Body joint = withSeats(BodyKind.JOINT_MEETING, "a", "b", "c", "d", "e", "f");
        assertThat(counting(joint, item("environment", 0, 0)).majority().minimumVotes()).isEqualTo(5);
        assertThat(counting(body(BodyKind.FIVE_PARTY_COUNCIL, QuorumRule.MORE_THAN_HALF), item("environment", 0, 0))
                .majority().minimumVotes()).isZero();
    }

    static Item withWarnings(int warnings) {
        Item i = item("environment", 0, 0);
        for (int w = 0; w < warnings; w++) {
            i = ((Change.Accepted<Item, ItemEvent>) i.apply(new ItemEvent.Warned(i.id(), A, T,
                    Bilingual.of("提醒", "warned")))).state();
        }
        return i;
    }

    static FollowUpDecision due(String kind, int warnings, int openTasks) {
        return policy.followUp(new FollowUpRequest(withWarnings(warnings), Optional.empty(), kind, T,
                List.of("environment"), "community", openTasks));
    }

    @Test
    void anItemNotTabledInTimeWarnsTheConvenor() {
        assertThat(due("table", 0, 0).actions()).singleElement().isInstanceOf(FollowUp.Warn.class);
        assertThat(due("deliberate", 0, 0).explanation().fired()).extracting(t -> t.rule())
                .doesNotContain("议题逾期未列入议程提醒");
    }

    @Test
    void anItemNotDeliberatedIsWarnedOnceWithFiveMoreDaysThenSupervised() {
        FollowUpDecision first = due("deliberate", 0, 0);
        assertThat(first.actions()).hasSize(2);
        assertThat(first.actions().get(0)).isInstanceOf(FollowUp.Warn.class);
        FollowUp.SetDeadline again = (FollowUp.SetDeadline) first.actions().get(1);
        assertThat(again.kind()).isEqualTo("deliberate");
        assertThat(unrounded(again.limit())).isEqualTo(TimeLimit.parse("5 个工作日"));
        FollowUpDecision second = due("deliberate", 1, 0);
        assertThat(second.actions()).singleElement().isInstanceOf(FollowUp.Supervise.class);
    }

    @Test
    void aResolutionNotReportedBackIsSupervisedAndOpenTasksWarned() {
        assertThat(due("report-back", 0, 0).actions()).singleElement().isInstanceOf(FollowUp.Supervise.class);
        assertThat(due("report-back", 0, 2).actions()).hasSize(2).anyMatch(a -> a instanceof FollowUp.Warn);
    }

    static BodyScore score(int meetings, int quorate, int decided, int onTime, int backOnTime, int ratings,
                           int satisfied) {
        BodyRecord r = new BodyRecord(new BodyId("b"), T, T.plusSeconds(86400 * 30), meetings, quorate, decided + 1,
                decided, onTime, 0, backOnTime, backOnTime, 0, ratings, satisfied, 0, 0, OptionalDouble.empty());
        return policy.score(new ScoreRequest(body(BodyKind.FIVE_PARTY_COUNCIL, QuorumRule.MORE_THAN_HALF), r));
    }

    @Test
    void aBodyScoresItsOnTimeDecisionsReportsBackSatisfactionAndLosesForMeetingsWithoutQuorum() {
        BodyScore s = score(3, 2, 2, 1, 2, 4, 3);
        assertThat(s.score()).isEqualTo(20 + 30 + 22.5 - 5);
        assertThat(s.lines()).extracting(BodyScore.Line::rule).containsExactlyInAnyOrder("按时议定得分", "按期反馈得分",
                "群众满意得分", "会议未达法定人数扣分");
        BodyScore none = score(2, 2, 0, 0, 0, 0, 0);
        assertThat(none.score()).isZero();
        assertThat(none.lines()).isEmpty();
    }
}
