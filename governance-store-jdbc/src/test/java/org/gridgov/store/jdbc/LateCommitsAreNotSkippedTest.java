package org.gridgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.HOTLINE;
import static org.gridgov.issue.IssueFixtures.at;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.store.GlobalPosition;
import org.gridgov.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL a transaction that began first may commit last. A reader of the global order that saw the later
 * one first and moved its position past it would never see the earlier one; the store holds the later one back
 * until every transaction older than it has ended.
 */
class LateCommitsAreNotSkippedTest {
    private String url;
    private String schema;
    private JdbcEventStore store;

    @BeforeEach
    void open() {
        url = TestDatabases.postgres();
        schema = TestDatabases.freshSchema();
        store = JdbcStores.postgres(url, schema);
    }

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
            TestDatabases.drop(url, schema);
        }
    }

    @Test
    void anEventThatCommitsAfterALaterOneIsReadBeforeIt() throws Exception {
        IssueId early = new IssueId("early");
        IssueId late = new IssueId("late");
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> store.inTransaction(() -> {
            store.append(early, 0, List.of(new IssueEvent.Note(early, HOTLINE, at(0), "first to begin")));
            appended.countDown();
            await(release);
            return null;
        }));
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
        store.append(late, 0, List.of(new IssueEvent.Note(late, HOTLINE, at(1), "first to commit")));

        assertThat(store.timeline(late)).hasSize(1);
        assertThat(store.readAll(GlobalPosition.START, 10)).isEmpty();

        release.countDown();
        slow.get(30, TimeUnit.SECONDS);
        List<StoredEvent> read = store.readAll(GlobalPosition.START, 10);
        assertThat(read).extracting(StoredEvent::stream).containsExactly("early", "late");
        assertThat(store.readAll(read.get(1).position(), 10)).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
