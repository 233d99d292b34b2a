package org.gridgov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gridgov.actor.Actor;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueEvent;

/** Writers racing on one issue, each loading, deciding and appending with retry on conflict. */
class ConcurrentAppendProperties {

    @Property(tries = 25)
    void concurrentWritersNeverLoseAnEvent(@ForAll @IntRange(min = 2, max = 4) int writers,
                                           @ForAll @IntRange(min = 1, max = 40) int notesEach) throws Exception {
        EventStore store = new InMemoryEventStore();
        IssueRepository issues = new IssueRepository(store);
        issues.report(ISSUE, noiseComplaint(), HOTLINE, at(0));
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);

        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Actor writer = Actor.system("writer-" + w, Bilingual.of("写入者" + w, "writer " + w));
                running.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < notesEach; n++) {
                        String text = writer + " note " + n;
                        while (issues.execute(ISSUE, i -> i.note(text, writer, at(1)))
                                instanceof CommandResult.Conflicted) {
                            conflicts.incrementAndGet();
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

        assertThat(store.version(ISSUE)).isEqualTo(1L + (long) writers * notesEach);
        assertThat(store.load(ISSUE).orElseThrow().timeline())
                .filteredOn(e -> e instanceof IssueEvent.Note)
                .extracting(e -> ((IssueEvent.Note) e).text())
                .doesNotHaveDuplicates()
                .hasSize(writers * notesEach);
    }
}
