package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.engine.EngineFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueEvent;
import org.gridgov.store.EventStore;
import org.gridgov.store.InMemoryEventStore;

/**
 * Several engines over one store (as several servers over one database), each written to from its own thread:
 * a write that another engine beat is a {@code Conflicted} value, the writer sends it again, and no event is
 * lost or stored twice.
 */
class ConcurrentEnginesProperties {
    private static final City CITY = city();

    @Property(tries = 25)
    void concurrentEnginesNeverLoseAnEvent(@ForAll @IntRange(min = 2, max = 4) int writers,
                                           @ForAll @IntRange(min = 1, max = 40) int notesEach) throws Exception {
        EventStore store = new InMemoryEventStore();
        engine(CITY, store).report(id(1), noise(), HOTLINE, T0);
        long reported = store.version(id(1));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                CityGovernance engine = engine(CITY, store);
                Actor.System writer = new Actor.System("platform", Bilingual.of("平台" + w, "platform " + w));
                running.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < notesEach; n++) {
                        String text = writer.name().en() + " note " + n;
                        while (engine.note(id(1), text, writer, T0.plusSeconds(1))
                                instanceof CommandOutcome.Conflicted) {
                            Thread.onSpinWait();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(store.version(id(1))).isEqualTo(reported + (long) writers * notesEach);
        assertThat(store.load(id(1)).orElseThrow().timeline())
                .filteredOn(e -> e instanceof IssueEvent.Note)
                .extracting(e -> ((IssueEvent.Note) e).text())
                .doesNotHaveDuplicates()
                .hasSize(writers * notesEach);
    }
}
