package org.gridgov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.issue.IssueFixtures.HOTLINE;
import static org.gridgov.issue.IssueFixtures.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridgov.audit.AuditEntry;
import org.gridgov.audit.AuditRecord;
import org.gridgov.audit.AuditTrail;
import org.gridgov.audit.Verdict;
import org.gridgov.authorization.CommandKind;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.MeetingEvent;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.mode.Mode;
import org.gridgov.mode.ModeSwitch;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventStore} promises, run against each implementation: the in-memory store here, the SQLite
 * and PostgreSQL stores in governance-store-jdbc. An implementation's test extends it and says how to open a new,
 * empty store. Events are appended as the store sees them: it does not judge lifecycles, so notes suffice.
 */
public abstract class EventStoreContract {
    protected EventStore store;

    /** A new, empty store. */
    protected abstract EventStore newStore() throws Exception;

    /** Whether {@link EventStore#inTransaction} undoes what failed work stored (every durable store does). */
    protected boolean rollsBack() {
        return true;
    }

    /** Closes what {@link #newStore} opened. */
    protected void close(EventStore store) throws Exception {
    }

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() throws Exception {
        close(store);
    }

    protected static IssueEvent note(IssueId id, int n) {
        return new IssueEvent.Note(id, HOTLINE, at(n), "note " + n);
    }

    protected static AuditRecord audited(int n) {
        return new AuditRecord(at(n), HOTLINE, CommandKind.NOTE, new NodeId("220202001001"),
                Optional.of(new IssueId("a")), Optional.empty(), Verdict.DONE, Optional.empty(), Optional.empty());
    }

    @Test
    void anAppendWithTheStoredVersionIsStoredWhole() {
        IssueId a = new IssueId("a");
        assertThat(store.append(a, 0, List.of(note(a, 0), note(a, 1)))).isEqualTo(new AppendResult.Appended(2));
        assertThat(store.append(a, 2, List.of(note(a, 2)))).isEqualTo(new AppendResult.Appended(3));

        assertThat(store.timeline(a)).containsExactly(note(a, 0), note(a, 1), note(a, 2));
        assertThat(store.version(a)).isEqualTo(3);
        assertThat(store.timeline(new IssueId("unknown"))).isEmpty();
    }

    @Test
    void anAppendWithAStaleOrAFutureVersionConflictsAndStoresNothing() {
        IssueId a = new IssueId("a");
        store.append(a, 0, List.of(note(a, 0), note(a, 1)));

        assertThat(store.append(a, 1, List.of(note(a, 9)))).isEqualTo(new AppendResult.Conflict(1, 2));
        assertThat(store.append(a, 5, List.of(note(a, 9)))).isEqualTo(new AppendResult.Conflict(5, 2));
        assertThat(store.append(new IssueId("new"), 3, List.of(note(new IssueId("new"), 9))))
                .isEqualTo(new AppendResult.Conflict(3, 0));
        assertThat(store.timeline(a)).containsExactly(note(a, 0), note(a, 1));
        assertThat(store.issueIds()).containsExactly(a);
    }

    @Test
    void malformedAppendsAreRefusedBeforeAnythingIsStored() {
        IssueId a = new IssueId("a");
        assertThatThrownBy(() -> store.append(a, 0, List.of(note(a, 0), note(new IssueId("b"), 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.append(a, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.append(a, -1, List.of(note(a, 0)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.timeline(a)).isEmpty();
    }

    @Test
    void everyFamilyKeepsItsOwnTimelinesInTheOrderOfTheirFirstAppend() {
        ItemId item = new ItemId("YT-1");
        MeetingId meeting = new MeetingId("HY-1");
        ServiceId service = new ServiceId("BD-1");
        IssueId b = new IssueId("b");
        IssueId a = new IssueId("a");
        store.append(b, 0, List.of(note(b, 0)));
        store.append(a, 0, List.of(note(a, 1)));
        ItemEvent tabled = new ItemEvent.Scheduled(item, HOTLINE, at(2), meeting);
        MeetingEvent added = new MeetingEvent.ItemAdded(meeting, HOTLINE, at(3), item);
        ServiceEvent confirmed = new ServiceEvent.ReportInConfirmed(service, HOTLINE, at(4), "BDZ-7");
        store.appendItem(item, 0, List.of(tabled));
        store.appendMeeting(meeting, 0, List.of(added));
        store.appendService(service, 0, List.of(confirmed));

        assertThat(store.issueIds()).containsExactly(b, a);
        assertThat(store.itemTimeline(item)).containsExactly(tabled);
        assertThat(store.meetingTimeline(meeting)).containsExactly(added);
        assertThat(store.serviceTimeline(service)).containsExactly(confirmed);
        assertThat(store.itemIds()).containsExactly(item);
        assertThat(store.meetingIds()).containsExactly(meeting);
        assertThat(store.serviceIds()).containsExactly(service);
        assertThat(store.appendItem(item, 0, List.of(tabled))).isEqualTo(new AppendResult.Conflict(0, 1));
    }

    @Test
    void readersOfTheGlobalOrderGetEveryEventOnceInAppendOrderPageByPage() {
        List<Object> appended = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            IssueId id = new IssueId("i" + (i % 3));
            IssueEvent e = note(id, i);
            store.append(id, store.version(id), List.of(e));
            appended.add(e);
        }
        ServiceEvent s = new ServiceEvent.ReportInConfirmed(new ServiceId("BD-1"), HOTLINE, at(9), "BDZ-1");
        store.appendService(new ServiceId("BD-1"), 0, List.of(s));
        appended.add(s);

        List<StoredEvent> read = new ArrayList<>();
        GlobalPosition at = GlobalPosition.START;
        for (List<StoredEvent> page = store.readAll(at, 3); !page.isEmpty(); page = store.readAll(at, 3)) {
            assertThat(page.size()).isLessThanOrEqualTo(3);
            read.addAll(page);
            at = page.get(page.size() - 1).position();
        }

        assertThat(read).extracting(StoredEvent::event).containsExactlyElementsOf(appended);
        assertThat(read).extracting(StoredEvent::position).isSorted().doesNotHaveDuplicates();
        assertThat(read.get(7)).extracting(StoredEvent::kind, StoredEvent::stream, StoredEvent::version)
                .containsExactly(StreamKind.SERVICE, "BD-1", 1L);
        assertThat(read.get(3)).extracting(StoredEvent::stream, StoredEvent::version).containsExactly("i0", 2L);
        assertThat(store.readAll(at, 10)).isEmpty();
        assertThatThrownBy(() -> store.readAll(GlobalPosition.START, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void checkpointsAreSavedAndReplaced() {
        assertThat(store.checkpoint("month")).isEmpty();
        store.saveCheckpoint("month", 3);
        store.saveCheckpoint("month", 4);
        store.saveCheckpoint("other", 1);

        assertThat(store.checkpoint("month")).hasValue(4);
        assertThat(store.checkpoint("other")).hasValue(1);
        assertThatThrownBy(() -> store.saveCheckpoint(" ", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modeSwitchesAndTheAuditTrailKeepTheirOrder() {
        ModeSwitch on = new ModeSwitch(new NodeId("220202"), Mode.EMERGENCY, at(1), HOTLINE,
                Bilingual.of("汛期", "flood season"));
        ModeSwitch off = new ModeSwitch(new NodeId("220202"), Mode.NORMAL, at(2), HOTLINE,
                Bilingual.of("解除", "lifted"));
        store.appendModeSwitch(on);
        store.appendModeSwitch(off);
        AuditEntry first = store.appendAudit(audited(1));
        AuditEntry second = store.appendAudit(audited(2));

        assertThat(store.modeSwitches()).containsExactly(on, off);
        assertThat(store.auditTrail()).containsExactly(first, second);
        assertThat(second.previous()).isEqualTo(first.hash());
        assertThat(AuditTrail.verify(store.auditTrail())).isEmpty();
    }

    @Test
    void workThatFailsInATransactionLeavesNothingWhenTheStoreRollsBack() {
        IssueId a = new IssueId("a");
        store.append(a, 0, List.of(note(a, 0)));
        assertThatThrownBy(() -> store.inTransaction(() -> {
            store.append(a, 1, List.of(note(a, 1)));
            store.appendAudit(audited(1));
            store.saveCheckpoint("month", 1);
            throw new IllegalStateException("the host's work failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the host's work failed");

        if (rollsBack()) {
            assertThat(store.timeline(a)).containsExactly(note(a, 0));
            assertThat(store.auditTrail()).isEmpty();
            assertThat(store.checkpoint("month")).isEmpty();
            assertThat(store.readAll(GlobalPosition.START, 10)).hasSize(1);
        }
        assertThat(store.inTransaction(() -> store.append(a, store.version(a), List.of(note(a, 5)))))
                .isInstanceOf(AppendResult.Appended.class);
        assertThat(store.inTransaction(() -> store.inTransaction(() -> "joined"))).isEqualTo("joined");
    }

    @Test
    void concurrentWritersOfOneTimelineConflictInsteadOfOverwriting() throws Exception {
        IssueId a = new IssueId("a");
        int writers = 4;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> conflicts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            conflicts.add(pool.submit(() -> {
                int lost = 0;
                for (int i = 0; i < each; i++) {
                    IssueEvent e = new IssueEvent.Note(a, HOTLINE, at(0), writer + "/" + i);
                    while (store.inTransaction(() -> {
                        AppendResult r = store.append(a, store.version(a), List.of(e));
                        if (r instanceof AppendResult.Appended) {
                            store.appendAudit(audited(0));
                        }
                        return r;
                    }) instanceof AppendResult.Conflict) {
                        lost++;
                    }
                }
                return lost;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        for (Future<Integer> f : conflicts) {
            f.get();
        }

        assertThat(store.timeline(a)).hasSize(writers * each).doesNotHaveDuplicates();
        assertThat(store.auditTrail()).hasSize(writers * each);
        assertThat(AuditTrail.verify(store.auditTrail())).isEmpty();
        assertThat(store.readAll(GlobalPosition.START, 1000)).extracting(StoredEvent::version)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, writers * each).boxed()
                        .toList());
    }
}
