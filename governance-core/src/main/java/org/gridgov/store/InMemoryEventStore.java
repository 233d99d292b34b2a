package org.gridgov.store;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Objects;
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
    private final Streams<IssueId, IssueEvent> issues = new Streams<>(IssueEvent::issue, "issue");
    private final Streams<ItemId, ItemEvent> items = new Streams<>(ItemEvent::item, "item");
    private final Streams<MeetingId, MeetingEvent> meetings = new Streams<>(MeetingEvent::meeting, "meeting");
    private final Streams<ServiceId, ServiceEvent> services = new Streams<>(ServiceEvent::stream, "service timeline");
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
}
