package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.testkit.GovernanceArbitraries;
import org.gridgov.testkit.History;
import org.gridgov.testkit.Step;
import org.gridgov.store.InMemoryEventStore;

/**
 * The timelines do not depend on how often the host ticks: the commands of a random history, played with ticks
 * every minute, every hour, at random instants or once at the end, give identical timelines. At an instant with
 * both, commands come first (a command exactly at a deadline is on time whatever the cadence).
 */
class TickCadenceProperties {
    private static final Instant START = Instant.parse("2024-05-07T02:00:00Z");

    @BeforeContainer
    static void load() throws Exception {
        EscalationOnASimulatedClockTest.load();
    }

    @Provide
    Arbitrary<History> histories() {
        return GovernanceArbitraries.histories(EscalationOnASimulatedClockTest.city, 25);
    }

    @Property(tries = 40)
    void everyCadenceGivesTheSameTimelines(@ForAll("histories") History history,
                                          @ForAll @IntRange(min = 1, max = 3_000) int randomTicks, @ForAll long seed) {
        List<Timed> commands = commands(history);
        Instant end = (commands.isEmpty() ? START : commands.get(commands.size() - 1).at).plus(Duration.ofDays(20));
        Map<IssueId, List<IssueEvent>> once = play(commands, List.of(), end);
        assertThat(play(commands, every(Duration.ofMinutes(1), end), end)).isEqualTo(once);
        assertThat(play(commands, every(Duration.ofHours(1), end), end)).isEqualTo(once);
        assertThat(play(commands, random(randomTicks, seed, end), end)).isEqualTo(once);
        assertThat(play(commands, ticksOf(history), end)).isEqualTo(once);
        Statistics.label("escalated").collect(once.values().stream().flatMap(List::stream)
                .anyMatch(IssueEvent.Escalated.class::isInstance));
        Statistics.label("report-in missed").collect(once.values().stream().flatMap(List::stream)
                .anyMatch(IssueEvent.ReportInMissed.class::isInstance));
    }

    /** A command step and its instant. */
    private record Timed(Instant at, Step step) {
    }

    /** The history's non-tick steps with their instants (ticks keep their gaps, so instants are as generated). */
    private static List<Timed> commands(History history) {
        List<Timed> out = new ArrayList<>();
        Instant now = START;
        for (Step s : history.steps()) {
            now = now.plus(s.after());
            if (!(s instanceof Step.Tick)) {
                out.add(new Timed(now, s));
            }
        }
        return out;
    }

    private static List<Instant> ticksOf(History history) {
        List<Instant> out = new ArrayList<>();
        Instant now = START;
        for (Step s : history.steps()) {
            now = now.plus(s.after());
            if (s instanceof Step.Tick) {
                out.add(now);
            }
        }
        return out;
    }

    private static List<Instant> every(Duration period, Instant end) {
        List<Instant> out = new ArrayList<>();
        for (Instant t = START; t.isBefore(end); t = t.plus(period)) {
            out.add(t);
        }
        return out;
    }

    private static List<Instant> random(int count, long seed, Instant end) {
        java.util.Random random = new java.util.Random(seed);
        long span = Duration.between(START, end).getSeconds();
        TreeSet<Instant> out = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            out.add(START.plusSeconds(Math.floorMod(random.nextLong(), span)));
        }
        return List.copyOf(out);
    }

    /** Plays the commands with ticks at the given instants, then a tick at the end; every issue's timeline. */
    private static Map<IssueId, List<IssueEvent>> play(List<Timed> commands, List<Instant> ticks, Instant end) {
        CityGovernance engine = EscalationOnASimulatedClockTest.engine(new InMemoryEventStore(),
                GovernanceSettings.DEFAULT);
        List<IssueId> reported = new ArrayList<>();
        int t = 0;
        for (Timed c : commands) {
            while (t < ticks.size() && ticks.get(t).isBefore(c.at)) {
                engine.tick(ticks.get(t++));
            }
            c.step.apply(engine, reported, c.at);
        }
        while (t < ticks.size()) {
            engine.tick(ticks.get(t++));
        }
        engine.tick(end);
        return engine.issues().stream().collect(Collectors.toMap(Issue::id, Issue::timeline, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
