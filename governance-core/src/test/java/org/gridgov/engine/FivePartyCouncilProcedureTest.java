package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.engine.DeliberationFixtures.COMMUNITY;
import static org.gridgov.engine.DeliberationFixtures.COUNCIL;
import static org.gridgov.engine.DeliberationFixtures.RESIDENT;
import static org.gridgov.engine.DeliberationFixtures.SECRETARY;
import static org.gridgov.engine.DeliberationFixtures.council;
import static org.gridgov.engine.DeliberationFixtures.day;
import static org.gridgov.engine.DeliberationFixtures.item;
import static org.gridgov.engine.DeliberationFixtures.meeting;
import static org.gridgov.engine.DeliberationFixtures.parking;

import java.time.Instant;
import java.util.List;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.deliberation.BodyRecord;
import org.gridgov.deliberation.Choice;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemStatus;
import org.gridgov.deliberation.Resolution;
import org.gridgov.deliberation.Review;
import org.gridgov.deliberation.SupportChannel;
import org.gridgov.deliberation.TaskSpec;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.people.PersonId;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** 一提二议三办四评 with the five parties, on the engine, with the body's own rules. */
class FivePartyCouncilProcedureTest {
    private final City city = DeliberationFixtures.city();
    private final InMemoryEventStore store = new InMemoryEventStore();
    private final CityGovernance engine = DeliberationFixtures.engine(city, store, DeliberationPolicy.bodyRules());
    private final Deliberations d = engine.deliberation();

    private void proposeTableAndMeet() {
        assertThat(d.propose(item(1), parking(), RESIDENT, day(3, 9)).isDone()).isTrue();
        assertThat(d.support(item(1), new PersonId("r2"), SupportChannel.ONLINE, RESIDENT, day(3, 10)).isDone()).isTrue();
        assertThat(d.table(item(1), COUNCIL, SECRETARY, day(4, 9)).isDone()).isTrue();
        assertThat(d.call(meeting(1), COUNCIL, day(14, 15), List.of(item(1)), SECRETARY, day(5, 9)).isDone()).isTrue();
        assertThat(d.open(meeting(1), council("residents-committee", "owners-committee", "property-company",
                "police"), SECRETARY, day(14, 15)).isDone()).isTrue();
    }

    private void vote(String person, Choice choice) {
        DeliberationOutcome o = d.vote(meeting(1), item(1), new PersonId(person), choice, SECRETARY, day(14, 16));
        assertThat(o).as(o.toString()).isInstanceOf(DeliberationOutcome.Done.class);
    }

    private static Resolution twoTasks() {
        return new Resolution("划定60个停车位，物业负责管理，业委会监督", List.of(
                new TaskSpec("施划停车位并设置标识", new CategoryId("property.parking"), COMMUNITY),
                new TaskSpec("清理消防通道占用车辆", new CategoryId("property.parking"),
                        DeliberationFixtures.GRID)));
    }

    @Test
    void aCarriedResolutionsTasksBecomeRoutedIssuesLinkedToTheItem() {
        proposeTableAndMeet();
        vote("p7", Choice.FOR);
        vote("p8", Choice.FOR);
        vote("p9", Choice.FOR);
        vote("p11", Choice.AGAINST);

        DeliberationOutcome o = d.decide(meeting(1), item(1), twoTasks(), SECRETARY, day(14, 17));

        assertThat(o).isInstanceOf(DeliberationOutcome.Done.class);
        DeliberationOutcome.Done done = (DeliberationOutcome.Done) o;
        assertThat(done.tally().orElseThrow().carried()).isTrue();
        assertThat(done.tally().orElseThrow().why().zh()).contains("赞成3、反对1、弃权0").contains("通过");
        assertThat(done.tasks()).containsExactly(new IssueId("YT-1-T1"), new IssueId("YT-1-T2"));
        Item item = d.item(item(1)).orElseThrow();
        assertThat(item.status()).isEqualTo(ItemStatus.IN_HAND);
        assertThat(item.tasks()).containsEntry(1, new IssueId("YT-1-T1")).containsEntry(2, new IssueId("YT-1-T2"));
        for (IssueId task : done.tasks()) {
            var issue = engine.issue(task).orElseThrow();
            assertThat(issue.owner()).as("routed like any issue").isPresent();
            assertThat(issue.facts().tags()).contains("item:YT-1");
            assertThat(d.itemOfTask(task)).contains(item(1));
        }
        assertThat(engine.issue(new IssueId("YT-1-T2")).orElseThrow().owner().orElseThrow().node())
                .isEqualTo(DeliberationFixtures.GRID);
        // the body meets on the 15th: the report back is due by the next meeting day
        assertThat(item.deadlines().get(Item.REPORT_BACK)).isEqualTo(Instant.parse("2024-06-15T15:59:00Z"));
    }

    @Test
    void theItemIsReportedBackAtTheNextMeetingRatedAndReviewed() {
        proposeTableAndMeet();
        vote("p7", Choice.FOR);
        vote("p8", Choice.FOR);
        vote("p9", Choice.FOR);
        d.decide(meeting(1), item(1), twoTasks(), SECRETARY, day(14, 17));
        assertThat(d.close(meeting(1), "通过停车位方案", SECRETARY, day(14, 18)).isDone()).isTrue();
        for (String t : List.of("YT-1-T1", "YT-1-T2")) {
            var owner = engine.ownerActing(new IssueId(t), day(17, 9));
            assertThat(owner).as("someone acts for task " + t).isPresent();
            assertThat(engine.accept(new IssueId(t), owner.get(), day(17, 9))).isInstanceOf(CommandOutcome.Done.class);
            assertThat(engine.resolve(new IssueId(t), "已完成", owner.get(), day(17, 10)))
                    .isInstanceOf(CommandOutcome.Done.class);
        }
        assertThat(d.reportBack(item(1), meeting(1), "已施划", SECRETARY, day(19, 9)).isDone())
                .as("not at the meeting that decided it").isFalse();
        d.call(meeting(2), COUNCIL, day(15, 15), List.of(), SECRETARY, day(14, 19));
        d.open(meeting(2), council("residents-committee", "owners-committee", "police", "resident-unit"), SECRETARY,
                day(15, 15));

        assertThat(d.reportBack(item(1), meeting(2), "停车位已施划，消防通道已清理", SECRETARY, day(15, 16)).isDone()).isTrue();
        assertThat(d.rate(item(1), new PersonId("r1"), Rating.SATISFIED, RESIDENT, day(15, 17)).isDone()).isTrue();
        assertThat(d.rate(item(1), new PersonId("r1"), Rating.BASICALLY_SATISFIED, RESIDENT, day(15, 18)).isDone()).isTrue();
        assertThat(d.review(item(1), Review.ACHIEVED, "居民满意", SECRETARY, day(15, 18)).isDone()).isTrue();

        Item item = d.item(item(1)).orElseThrow();
        assertThat(item.status()).isEqualTo(ItemStatus.EVALUATED);
        assertThat(item.ratings()).as("a person's latest rating counts once").hasSize(1)
                .containsEntry(new PersonId("r1"), Rating.BASICALLY_SATISFIED);
        BodyRecord r = d.record(COUNCIL, day(1, 0), day(30, 0));
        assertThat(r.meetings()).isEqualTo(2);
        assertThat(r.decided()).isEqualTo(1);
        assertThat(r.reportedBack()).isEqualTo(1);
        assertThat(r.reportedBackOnTime()).as("due the 15th, reported the 15th").isEqualTo(1);
        assertThat(r.tasks()).isEqualTo(2);
        assertThat(r.tasksResolved()).isEqualTo(2);
        assertThat(r.satisfaction()).isEqualTo(1.0);
    }

    @Test
    void aMotionShortOfTheMajorityIsNotCarriedWithItsCount() {
        proposeTableAndMeet();
        vote("p7", Choice.FOR);
        vote("p8", Choice.FOR);
        vote("p9", Choice.AGAINST);
        vote("p11", Choice.ABSTAIN);

        DeliberationOutcome o = d.decide(meeting(1), item(1), twoTasks(), SECRETARY, day(14, 17));

        var tally = ((DeliberationOutcome.Done) o).tally().orElseThrow();
        assertThat(tally.carried()).isFalse();
        assertThat(tally.needed()).as("more than half of the 4 present").isEqualTo(3);
        assertThat(tally.why().en()).contains("2 for, 1 against, 1 abstaining").contains("not carried");
        assertThat(d.item(item(1)).orElseThrow().status()).isEqualTo(ItemStatus.NOT_CARRIED);
        assertThat(engine.issues()).as("no task without a resolution").isEmpty();
    }

    @Test
    void supportOnlineAndInPersonBySamePersonCountsOnce() {
        d.propose(item(1), parking(), RESIDENT, day(3, 9));
        d.support(item(1), new PersonId("r2"), SupportChannel.ONLINE, RESIDENT, day(3, 10));
        d.support(item(1), new PersonId("r2"), SupportChannel.OFFLINE, SECRETARY, day(3, 11));
        d.support(item(1), new PersonId("r3"), SupportChannel.OFFLINE, SECRETARY, day(3, 11));

        Item item = d.item(item(1)).orElseThrow();
        assertThat(item.supportRecords()).as("nothing lost").isEqualTo(3);
        assertThat(item.supporters()).hasSize(2).containsEntry(new PersonId("r2"), SupportChannel.ONLINE);
    }
}
