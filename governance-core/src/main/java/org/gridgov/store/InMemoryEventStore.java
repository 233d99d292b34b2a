package org.gridgov.store;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridgov.audit.AuditEntry;
import org.gridgov.audit.AuditRecord;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.MeetingEvent;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.mode.ModeSwitch;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;

/**
 * An {@link EventStore} in memory, for tests, simulations and single-process use. Safe for concurrent use:
 * each issue's, item's and meeting's timeline is an immutable list swapped atomically under {@link ConcurrentHashMap#compute}, so
 * appends to one issue are serialized, appends to different issues do not block each other, and readers
 * never block and always see a whole append or none of it. Nothing survives the process.
 */
public final class InMemoryEventStore implements EventStore {
    private final List<StoredEvent> feed = new ArrayList<>();
    private final Streams<IssueId, IssueEvent> issues = new Streams<>(IssueEvent::issue, "issue",
            feeding(StreamKind.ISSUE));
    private final Streams<ItemId, ItemEvent> items = new Streams<>(ItemEvent::item, "item", feeding(StreamKind.ITEM));
    private final Streams<MeetingId, MeetingEvent> meetings = new Streams<>(MeetingEvent::meeting, "meeting",
            feeding(StreamKind.MEETING));
    private final Streams<ServiceId, ServiceEvent> services = new Streams<>(ServiceEvent::stream, "service timeline",
            feeding(StreamKind.SERVICE));
    private final Map<String, Long> checkpoints = new ConcurrentHashMap<>();
    private final List<ModeSwitch> modeSwitches = new CopyOnWriteArrayList<>();
    private final List<AuditEntry> audit = new CopyOnWriteArrayList<>();

    /** An empty store. */
    public InMemoryEventStore() {
    }

    @Override
    public AppendResult append(IssueId id, long expectedVersion, List<IssueEvent> events) {
        return issues.append(id, expectedVersion, events);
    }

    @Override
    public ImmutableList<IssueEvent> timeline(IssueId id) {
        return issues.timeline(id);
    }

    @Override
    public ImmutableSet<IssueId> issueIds() {
        return issues.ids();
    }

    @Override
    public AppendResult appendItem(ItemId id, long expectedVersion, List<ItemEvent> events) {
        return items.append(id, expectedVersion, events);
    }

    @Override
    public ImmutableList<ItemEvent> itemTimeline(ItemId id) {
        return items.timeline(id);
    }

    @Override
    public ImmutableSet<ItemId> itemIds() {
        return items.ids();
    }

    @Override
    public AppendResult appendMeeting(MeetingId id, long expectedVersion, List<MeetingEvent> events) {
        return meetings.append(id, expectedVersion, events);
    }

    @Override
    public ImmutableList<MeetingEvent> meetingTimeline(MeetingId id) {
        return meetings.timeline(id);
    }

    @Override
    public ImmutableSet<MeetingId> meetingIds() {
        return meetings.ids();
    }

    @Override
    public AppendResult appendService(ServiceId id, long expectedVersion, List<ServiceEvent> events) {
        return services.append(id, expectedVersion, events);
    }

    @Override
    public ImmutableList<ServiceEvent> serviceTimeline(ServiceId id) {
        return services.timeline(id);
    }

    @Override
    public ImmutableSet<ServiceId> serviceIds() {
        return services.ids();
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

    /** Adds an append to the global order; called with its stream locked, so the order follows each stream's. */
    private <K, E> Streams.Appended<K, E> feeding(StreamKind kind) {
        return (id, first, events) -> {
            synchronized (feed) {
                for (int i = 0; i < events.size(); i++) {
                    long n = feed.size() + 1L;
                    feed.add(new StoredEvent(new GlobalPosition(n, n), kind, EventCodec.streamId(id), first + i,
                            events.get(i)));
                }
            }
        };
    }

    /** In memory an append is visible once made, so the order is simply that of the appends. */
    @Override
    public List<StoredEvent> readAll(GlobalPosition after, int limit) {
        Objects.requireNonNull(after, "after");
        checkArgument(limit > 0, "a limit is positive, got %s", limit);
        synchronized (feed) {
            int from = (int) Math.min(after.sequence(), feed.size());
            return List.copyOf(feed.subList(from, (int) Math.min((long) from + limit, feed.size())));
        }
    }

    @Override
    public OptionalLong checkpoint(String name) {
        Long value = checkpoints.get(Objects.requireNonNull(name, "name"));
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Override
    public void saveCheckpoint(String name, long value) {
        checkArgument(!Objects.requireNonNull(name, "name").isBlank(), "a checkpoint has a name");
        checkpoints.put(name, value);
    }
}
