package org.gridgov.store;

import java.util.concurrent.CopyOnWriteArrayList;
import org.gridgov.audit.AuditEntry;
import org.gridgov.audit.AuditRecord;
import org.gridgov.mode.ModeSwitch;
import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;

/**
 * An {@link EventStore} in memory, for tests, simulations and single-process use. Safe for concurrent use:
 * each issue's timeline is an immutable list swapped atomically under {@link ConcurrentHashMap#compute}, so
 * appends to one issue are serialized, appends to different issues do not block each other, and readers
 * never block and always see a whole append or none of it. Nothing survives the process.
 */
public final class InMemoryEventStore implements EventStore {
    /** One issue's events and the order of its first append, which keeps {@link #issueIds()} deterministic. */
    private record Stream(long created, ImmutableList<IssueEvent> events) {
    }

    private final Map<IssueId, Stream> streams = new ConcurrentHashMap<>();
    private final AtomicLong created = new AtomicLong();
    private final List<ModeSwitch> modeSwitches = new CopyOnWriteArrayList<>();
    private final List<AuditEntry> audit = new CopyOnWriteArrayList<>();

    /** An empty store. */
    public InMemoryEventStore() {
    }

    @Override
    public AppendResult append(IssueId id, long expectedVersion, List<IssueEvent> events) {
        Objects.requireNonNull(id, "id");
        checkArgument(expectedVersion >= 0, "an expected version is not negative, got %s", expectedVersion);
        ImmutableList<IssueEvent> batch = ImmutableList.copyOf(events);
        checkArgument(!batch.isEmpty(), "nothing to append to issue %s", id);
        for (IssueEvent e : batch) {
            checkArgument(e.issue().equals(id), "an event of issue %s cannot be appended to issue %s",
                    e.issue(), id);
        }
        AppendResult[] result = new AppendResult[1];
        streams.compute(id, (key, old) -> {
            long actual = old == null ? 0 : old.events().size();
            if (actual != expectedVersion) {
                result[0] = new AppendResult.Conflict(expectedVersion, actual);
                return old;
            }
            result[0] = new AppendResult.Appended(actual + batch.size());
            return old == null
                    ? new Stream(created.incrementAndGet(), batch)
                    : new Stream(old.created(), ImmutableList.<IssueEvent>builderWithExpectedSize(
                            old.events().size() + batch.size()).addAll(old.events()).addAll(batch).build());
        });
        return result[0];
    }

    @Override
    public ImmutableList<IssueEvent> timeline(IssueId id) {
        Stream s = streams.get(Objects.requireNonNull(id, "id"));
        return s == null ? ImmutableList.of() : s.events();
    }

    @Override
    public ImmutableSet<IssueId> issueIds() {
        return streams.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().created()))
                .map(Map.Entry::getKey)
                .collect(ImmutableSet.toImmutableSet());
    }

    @Override
    public void appendModeSwitch(ModeSwitch modeSwitch) {
        modeSwitches.add(Objects.requireNonNull(modeSwitch, "modeSwitch"));
    }

    @Override
    public synchronized AuditEntry appendAudit(AuditRecord record) {
        AuditEntry entry = AuditEntry.after(audit.isEmpty() ? null : audit.get(audit.size() - 1), record);
        audit.add(entry);
        return entry;
    }

    @Override
    public List<AuditEntry> auditTrail() {
        return List.copyOf(audit);
    }

    @Override
    public List<ModeSwitch> modeSwitches() {
        return List.copyOf(modeSwitches);
    }
}
