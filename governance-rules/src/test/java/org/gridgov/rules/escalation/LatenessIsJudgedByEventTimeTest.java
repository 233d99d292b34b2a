package org.gridgov.rules.escalation;

import org.gridgov.authorization.Parties;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.HOTLINE;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.T0;

import java.time.Duration;
import java.time.Instant;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.store.InMemoryEventStore;
import org.gridgov.time.TimeLimit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A command is judged against the deadlines it crosses by its own instant, not by when the host last ticked: a
 * department summoned at 10:00 with 30 minutes that checks in at 10:31 is late even if no tick ran between 10:30
 * and 10:31, and what fell due is stamped with its own instant.
 */
class LatenessIsJudgedByEventTimeTest {
    static final IssueId CASE = new IssueId("d");
    static final OrganizationId JUSTICE = new OrganizationId("s1-justice");
    CityGovernance engine;

    @BeforeAll
    static void load() throws Exception {
        EscalationOnASimulatedClockTest.load();
    }

    @BeforeEach
    void engine() {
        engine = EscalationOnASimulatedClockTest.engine(new InMemoryEventStore(), GovernanceSettings.DEFAULT);
        engine.report(CASE, IssueFacts.of(new CategoryId("disputes"), new ChannelId("hotline-12345"),
                new NodeId("G1"), "邻里纠纷", Severity.LOW), HOTLINE, T0);
    }

    Issue issue() {
        return engine.issue(CASE).orElseThrow();
    }

    /** Ticks every five minutes from 10:03 up to (not including) an instant: 10:28 and then 10:33 straddle 10:30. */
    void tickEveryFiveMinutesUntil(Instant end) {
        for (Instant t = T0.plus(Duration.ofMinutes(3)); t.isBefore(end); t = t.plus(Duration.ofMinutes(5))) {
            engine.tick(t);
        }
    }

    @Test
    void aCheckInAMinuteLateBetweenTwoTicksIsRecordedAsMissedAtTheDeadline() {
        engine.summon(CASE, JUSTICE, TimeLimit.parse("30 分钟"), owner(engine, CASE, T0), T0);
        tickEveryFiveMinutesUntil(T0.plus(Duration.ofMinutes(31)));
        engine.checkIn(CASE, JUSTICE, Parties.organization(engine.city(), JUSTICE, T0.plus(Duration.ofMinutes(31))).orElseThrow(), T0.plus(Duration.ofMinutes(31)));
        Issue issue = issue();
        assertThat(issue.participants()).singleElement().satisfies(p -> assertThat(p.missed()).isTrue());
        IssueEvent.ReportInMissed missed = issue.timeline().stream().filter(IssueEvent.ReportInMissed.class::isInstance)
                .map(IssueEvent.ReportInMissed.class::cast).findFirst().orElseThrow();
        assertThat(missed.at()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(issue.timeline()).anySatisfy(e -> assertThat(e).isInstanceOf(IssueEvent.Supervised.class));
        // The miss comes before the check-in on the timeline, as it happened.
        assertThat(issue.timeline().indexOf(missed)).isLessThan(indexOfLast(issue, IssueEvent.CheckedIn.class));
    }

    @Test
    void aCheckInExactlyAtTheDeadlineIsOnTime() {
        engine.summon(CASE, JUSTICE, TimeLimit.parse("30 分钟"), owner(engine, CASE, T0), T0);
        tickEveryFiveMinutesUntil(T0.plus(Duration.ofMinutes(30)));
        engine.checkIn(CASE, JUSTICE, Parties.organization(engine.city(), JUSTICE, T0.plus(Duration.ofMinutes(30))).orElseThrow(), T0.plus(Duration.ofMinutes(30)));
        engine.tick(T0.plus(Duration.ofMinutes(30)));
        engine.tick(T0.plus(Duration.ofHours(1)));
        assertThat(issue().participants()).singleElement().satisfies(p -> {
            assertThat(p.checkedIn()).isTrue();
            assertThat(p.missed()).isFalse();
        });
    }

    @Test
    void anAcceptanceAfterTheLimitWithNoTickBetweenComesAfterTheWhistleItCrossed() {
        Instant due = issue().deadline("resolve").orElseThrow();
        // Sent by the street's liaison: the command's own catch-up whistles the case up to the street first.
        Actor street = Parties.organization(engine.city(), new org.gridgov.organization.OrganizationId("s1-office"),
                due.plus(Duration.ofHours(1))).orElseThrow();
        assertThat(engine.accept(CASE, street, due.plus(Duration.ofHours(1))).isDone()).isTrue();
        Issue issue = issue();
        IssueEvent.Escalated up = issue.timeline().stream().filter(IssueEvent.Escalated.class::isInstance)
                .map(IssueEvent.Escalated.class::cast).findFirst().orElseThrow();
        assertThat(up.at()).isEqualTo(due);
        // The acceptance is the new owner's (the street's), after the whistle, as it happened.
        assertThat(issue.timeline().indexOf(up)).isLessThan(indexOfLast(issue, IssueEvent.Accepted.class));
        assertThat(issue.owner().orElseThrow().node()).isEqualTo(new NodeId("S1"));
        // The warnings at 50 % and 80 % of the limit were crossed too, each at its own instant.
        assertThat(issue.timeline().stream().filter(IssueEvent.Warned.class::isInstance).map(IssueEvent::at))
                .hasSize(2).allSatisfy(at -> assertThat(at).isBefore(due));
    }

    @Test
    void anAcceptanceBeforeTheLimitCrossesNothing() {
        Instant due = issue().deadline("warn-50").orElseThrow();
        assertThat(engine.accept(CASE, owner(engine, CASE, due), due).isDone()).isTrue();
        assertThat(issue().timeline()).noneSatisfy(e -> assertThat(e).isInstanceOf(IssueEvent.Warned.class));
    }

    private static int indexOfLast(Issue issue, Class<? extends IssueEvent> type) {
        for (int i = issue.timeline().size() - 1; i >= 0; i--) {
            if (type.isInstance(issue.timeline().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " on " + issue.timeline());
    }
}
