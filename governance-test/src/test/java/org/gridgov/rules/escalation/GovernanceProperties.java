package org.gridgov.rules.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gridgov.city.City;
import org.gridgov.document.DocumentException;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.testkit.GovernanceArbitraries;
import org.gridgov.testkit.GovernanceInvariants;
import org.gridgov.testkit.History;
import org.gridgov.store.EventLog;
import org.gridgov.store.InMemoryEventStore;

/**
 * Random histories with the base pack, on the routing test city and on random cities over its catalogues, keep
 * the engine's invariants (see {@link GovernanceInvariants}), a restart from the store sees the same, and the
 * exported event log reads back to the same issues.
 */
class GovernanceProperties {
    private static final Instant START = Instant.parse("2024-05-07T02:00:00Z");

    /** Policies that remember firings, kept across tries so that later histories meet shapes seen before. */
    private static DroolsRoutingPolicy rememberingRouting;
    private static DroolsEscalationPolicy rememberingEscalation;

    @BeforeContainer
    static void load() throws Exception {
        EscalationOnASimulatedClockTest.load();
        var pack = EscalationOnASimulatedClockTest.pack;
        rememberingRouting = new DroolsRoutingPolicy(() -> pack);
        rememberingEscalation = new DroolsEscalationPolicy(() -> pack);
    }

    static CityGovernance engine(City city, InMemoryEventStore store) {
        var pack = EscalationOnASimulatedClockTest.pack;
        return CityGovernance.recover(city, store, new DroolsRoutingPolicy(() -> pack),
                new DroolsEscalationPolicy(() -> pack), GovernanceSettings.DEFAULT);
    }

    static void playAndRestart(City city, History history) {
        InMemoryEventStore store = new InMemoryEventStore();
        CityGovernance engine = engine(city, store);
        GovernanceInvariants watch = GovernanceInvariants.watching(engine);
        Instant end = history.play(engine, START, watch);
        watch.checkRestart(engine(city, store), end.plus(Duration.ofDays(365)));
        // The exported event log reads back to the same store: mode switches and issues, and an engine recovered
        // from it goes on exactly as the original.
        StringWriter log = new StringWriter();
        EventLog.write(store, log);
        try {
            InMemoryEventStore read = EventLog.read("log.jsonl", new BufferedReader(new StringReader(log.toString())));
            assertThat(read.modeSwitches()).isEqualTo(store.modeSwitches());
            assertThat(read.allIssues().toList()).containsExactlyInAnyOrderElementsOf(engine.issues());
            Instant later = end.plus(Duration.ofDays(30));
            CityGovernance copy = engine(city, read);
            engine.tick(later);
            copy.tick(later);
            assertThat(copy.issues()).containsExactlyInAnyOrderElementsOf(engine.issues());
        } catch (DocumentException e) {
            throw new AssertionError(e.getMessage() + "\n" + log, e);
        }
        // Histories must exercise the engine, not just pass.
        Statistics.label("reported").collect(!engine.issues().isEmpty());
        Statistics.label("escalated").collect(engine.issues().stream().anyMatch(i -> i.escalationLevel() > 0));
        Statistics.label("mode switched").collect(!store.modeSwitches().isEmpty());
    }

    // About 85% of histories report something; escalations are rarer (3-15%), so they are only counted here, and
    // GovernanceInvariantsTest plays a history that certainly escalates.
    private static void coverage() {
        Statistics.label("reported").coverage(c -> c.check(true).percentage(p -> p > 50));
    }

    @Provide
    Arbitrary<History> histories() {
        return GovernanceArbitraries.histories(EscalationOnASimulatedClockTest.city, 30);
    }

    @Provide
    Arbitrary<Tuple2<City, History>> citiesAndHistories() {
        return GovernanceArbitraries.cities(EscalationOnASimulatedClockTest.city)
                .flatMap(c -> GovernanceArbitraries.histories(c, 20).map(h -> Tuple.of(c, h)));
    }

    @Property(tries = 60)
    void historiesOnTheTestCityKeepTheInvariants(@ForAll("histories") History history) {
        playAndRestart(EscalationOnASimulatedClockTest.city, history);
        coverage();
    }

    @Property(tries = 40)
    void rememberedFiringsChangeNoDecision(@ForAll("histories") History history) {
        var pack = EscalationOnASimulatedClockTest.pack;
        City city = EscalationOnASimulatedClockTest.city;
        CityGovernance remembering = CityGovernance.recover(city, new InMemoryEventStore(), rememberingRouting,
                rememberingEscalation, GovernanceSettings.DEFAULT);
        CityGovernance firing = CityGovernance.recover(city, new InMemoryEventStore(),
                new DroolsRoutingPolicy(() -> pack, 0), new DroolsEscalationPolicy(() -> pack, 0),
                GovernanceSettings.DEFAULT);
        history.play(remembering, START, GovernanceInvariants.watching(remembering));
        history.play(firing, START, GovernanceInvariants.watching(firing));
        assertThat(remembering.issues()).containsExactlyInAnyOrderElementsOf(firing.issues());
        Statistics.label("escalation shapes remembered").collect(rememberingEscalation.memoCounts().hits() > 0);
    }

    @Property(tries = 15)
    void historiesInRandomCitiesKeepTheInvariants(@ForAll("citiesAndHistories") Tuple2<City, History> t) {
        playAndRestart(t.get1(), t.get2());
        coverage();
    }
}
