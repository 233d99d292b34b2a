package org.gridgov.rules.escalation;

import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.owner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.HOTLINE;
import static org.gridgov.rules.escalation.EscalationOnASimulatedClockTest.T0;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridgov.category.CategoryId;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** Commands and ticks from several threads at once: nothing lost, nothing applied twice. */
class ConcurrentCommandsAreSafeTest {

    @Test
    void racingReportsAcceptsAndTicksLeaveEveryIssueConsistent() throws Exception {
        EscalationOnASimulatedClockTest.load();
        var pack = EscalationOnASimulatedClockTest.pack;
        InMemoryEventStore store = new InMemoryEventStore();
        CityGovernance engine = EscalationOnASimulatedClockTest.engine(store, GovernanceSettings.DEFAULT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CommandOutcome>> reports = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                IssueId id = new IssueId("c" + (i % 20));   // every id is reported twice: one of each pair is refused
                reports.add(pool.submit(() -> engine.report(id, IssueFacts.of(new CategoryId("environment.noise"),
                        new ChannelId("grid-patrol"), new NodeId("B1"), "噪音", Severity.LOW), HOTLINE, T0)));
            }
            long done = 0;
            for (Future<CommandOutcome> f : reports) {
                done += f.get(60, TimeUnit.SECONDS).isDone() ? 1 : 0;
            }
            assertThat(done).isEqualTo(20);
            // Two accepts of every issue race each other: one is done, the other refused (already accepted).
            List<Future<?>> racing = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                IssueId id = new IssueId("c" + i);
                racing.add(pool.submit(() -> engine.accept(id, owner(engine, id, T0.plusSeconds(60)), T0.plusSeconds(60))));
                racing.add(pool.submit(() -> engine.accept(id, owner(engine, id, T0.plusSeconds(60)), T0.plusSeconds(60))));
            }
            for (Future<?> f : racing) {
                f.get(60, TimeUnit.SECONDS);
            }
            // Ticks at the same instant race each other: every due item is handled once.
            List<Future<?>> ticks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ticks.add(pool.submit(() -> engine.tick(T0.plus(Duration.ofDays(4)))));
            }
            for (Future<?> f : ticks) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.issueIds()).hasSize(20);
        store.allIssues().forEach(issue -> {
            assertThat(issue.timeline().stream().filter(e -> e instanceof org.gridgov.issue.IssueEvent.Accepted))
                    .hasSize(1);
            assertThat(issue.timeline().stream().filter(e -> e instanceof org.gridgov.issue.IssueEvent.Warned))
                    .hasSize(1);                                                     // the 50 % warning, once
            assertThat(org.gridgov.issue.Issue.replay(issue.timeline())).isEqualTo(issue);
        });
        assertThat(engine.tick(T0.plus(Duration.ofDays(4))).handled()).isEmpty();
    }
}
