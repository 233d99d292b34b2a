package org.gridgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ConcurrentHashMultiset;
import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.audit.AuditTrail;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.store.GlobalPosition;
import org.gridgov.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Eight threads, on two engines over one PostgreSQL schema as two application servers would be, issue 100,000
 * mixed commands (reports, acceptances, notes, resolutions, ratings) on a small pool of hot cases, so that the
 * engines often write the same case at once. Every event of every command that was done is stored exactly once,
 * nothing else is stored, every command is audited once in an unbroken chain, and the conflicts are counted.
 */
class EightWritersLoseNothingTest {
    private static final int THREADS = 8;
    private static final int COMMANDS = 100_000;
    private static final int HOT = 48;

    private String url;
    private String schema;
    private JdbcEventStore first;
    private JdbcEventStore second;

    @BeforeEach
    void open() {
        url = TestDatabases.postgres();
        schema = TestDatabases.freshSchema();
        first = JdbcStores.postgres(url, schema);
        second = JdbcStores.postgres(url, schema);
    }

    @AfterEach
    void close() throws Exception {
        if (first != null) {
            first.close();
            second.close();
            TestDatabases.drop(url, schema);
        }
    }

    @Test
    void eightThreadsOnTwoEnginesLoseAndDuplicateNothing() throws Exception {
        List<CityGovernance> engines = List.of(Month.engine(first), Month.engine(second));
        List<IssueId> reported = new CopyOnWriteArrayList<>();
        Multiset<IssueEvent> done = ConcurrentHashMultiset.create();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong clock = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            CityGovernance engine = engines.get(t % 2);
            work.add(pool.submit(() -> {
                Random r = new Random(thread);
                for (int i = 0; i < COMMANDS / THREADS; i++) {
                    Instant at = Month.T0.plus(Duration.ofMillis(clock.incrementAndGet()));
                    CommandOutcome o = command(engine, r, thread, i, at, reported);
                    if (o instanceof CommandOutcome.Done d) {
                        done.addAll(d.events());
                    } else if (o instanceof CommandOutcome.Conflicted) {
                        conflicts.incrementAndGet();
                    } else {
                        refused.incrementAndGet();
                    }
                }
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(15, TimeUnit.MINUTES)).isTrue();
        for (Future<?> f : work) {
            f.get();
        }
        System.out.printf("eight writers: %d commands, %d done events, %d conflicts, %d refused%n", COMMANDS,
                done.size(), conflicts.get(), refused.get());

        Multiset<IssueEvent> stored = HashMultiset.create();
        first.allIssues().map(Issue::timeline).forEach(stored::addAll);
        assertThat(stored.size()).isEqualTo(done.size());
        assertThat(HashMultiset.create(done)).isEqualTo(stored);
        assertThat(first.auditTrail()).hasSize(COMMANDS);
        assertThat(AuditTrail.verify(first.auditTrail())).isEmpty();
        assertThat(readAll()).hasSize(done.size());
        assertThat(conflicts.get()).as("two engines on hot cases conflict").isPositive();
    }

    private static CommandOutcome command(CityGovernance engine, Random r, int thread, int i, Instant at,
                                          List<IssueId> reported) {
        int op = r.nextInt(10);
        if (op < 2 || reported.size() < HOT) {
            IssueId id = new IssueId("T" + thread + "-" + i);
            CommandOutcome o = engine.report(id, Month.facts(i), Month.HOTLINE, at);
            if (o.isDone()) {
                reported.add(id);
            }
            return o;
        }
        IssueId id = reported.get(reported.size() - 1 - r.nextInt(HOT));
        if (op < 4) {
            return engine.accept(id, Month.GRID_LEADER, at);
        }
        if (op < 8) {
            return engine.note(id, "巡查 " + i, Month.GRID_LEADER, at);
        }
        if (op < 9) {
            return engine.resolve(id, "已处理", Month.GRID_LEADER, at);
        }
        return engine.rate(id, Rating.SATISFIED, "", Month.HOTLINE, at);
    }

    private List<StoredEvent> readAll() {
        List<StoredEvent> all = new ArrayList<>();
        GlobalPosition at = GlobalPosition.START;
        for (List<StoredEvent> page = first.readAll(at, 5000); !page.isEmpty(); page = first.readAll(at, 5000)) {
            all.addAll(page);
            at = page.get(page.size() - 1).position();
        }
        return all;
    }
}
