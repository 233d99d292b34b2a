package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.junit.jupiter.api.Test;

/** When is a resolution late: after a resolve deadline of its round passed, escalations included. */
class ResolveClockTest {
    static final IssueId ID = new IssueId("a");
    static final Actor ENGINE = Actor.system("gridgov", Bilingual.of("引擎", "engine"));

    static Instant at(long minute) {
        return Instant.parse("2024-05-07T02:00:00Z").plusSeconds(minute * 60);
    }

    static IssueEvent limit(long setAt, long due) {
        return new IssueEvent.DeadlineSet(ID, ENGINE, at(setAt), "resolve", at(due));
    }

    static IssueEvent resolved(long minute) {
        return new IssueEvent.Resolved(ID, ENGINE, at(minute), "已办结");
    }

    @Test
    void aResolutionWithinTheLimitIsOnTimeAndOneAfterItIsLate() {
        ResolveClock onTime = new ResolveClock();
        onTime.observe(limit(0, 100));
        assertThat(onTime.observe(resolved(100))).isFalse();
        ResolveClock late = new ResolveClock();
        late.observe(limit(0, 100));
        assertThat(late.observe(resolved(101))).isTrue();
    }

    @Test
    void aNewLimitSetWhenTheOldOnePassedDoesNotResetTheClock() {
        ResolveClock clock = new ResolveClock();
        clock.observe(limit(0, 100));
        clock.observe(new IssueEvent.Escalated(ID, ENGINE, at(100), Owner.atNode(new org.gridgov.jurisdiction.NodeId("S1")),
                1, Bilingual.of("吹哨", "whistle"), java.util.Optional.empty(), java.util.List.of()));
        clock.observe(limit(100, 1000)); // the whistle at the deadline: the street gets its own limit
        assertThat(clock.passed()).isTrue();
        assertThat(clock.observe(resolved(200))).isTrue();
    }

    @Test
    void aLimitReplacedBeforeItFellDueHasNotPassed() {
        ResolveClock clock = new ResolveClock();
        clock.observe(limit(0, 100));
        clock.observe(limit(50, 1000)); // re-routed after a rejected dispatch
        assertThat(clock.observe(resolved(200))).isFalse();
    }

    @Test
    void aReopenedCaseStartsANewRound() {
        ResolveClock clock = new ResolveClock();
        clock.observe(limit(0, 100));
        assertThat(clock.observe(resolved(150))).isTrue();
        clock.observe(new IssueEvent.Reopened(ID, ENGINE, at(160), Bilingual.of("重办", "reopened")));
        clock.observe(limit(160, 400));
        assertThat(clock.observe(resolved(300))).isFalse();
    }

    @Test
    void aLimitLiftedByItsInstantHasNotPassedAndOneLiftedLaterHas() {
        ResolveClock early = new ResolveClock();
        early.observe(limit(0, 100));
        early.observe(new IssueEvent.DeadlineCleared(ID, ENGINE, at(50), "resolve"));
        assertThat(early.observe(resolved(500))).isFalse();
        ResolveClock late = new ResolveClock();
        late.observe(limit(0, 100));
        late.observe(new IssueEvent.DeadlineCleared(ID, ENGINE, at(120), "resolve"));
        assertThat(late.observe(resolved(500))).isTrue();
        ResolveClock atTheInstant = new ResolveClock();
        atTheInstant.observe(limit(0, 100));
        atTheInstant.observe(new IssueEvent.DeadlineCleared(ID, ENGINE, at(100), "resolve"));
        assertThat(atTheInstant.observe(resolved(500))).isFalse();
    }
}
