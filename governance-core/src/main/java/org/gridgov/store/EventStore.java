package org.gridgov.store;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gridgov.audit.AuditEntry;
import org.gridgov.audit.AuditRecord;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.Meeting;
import org.gridgov.deliberation.MeetingEvent;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.mode.ModeSwitch;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;

/**
 * Stores the timelines of issues, of deliberation items and meetings, and of service (report-ins, wishes,
 * service records): the only copy of their truth. Appends are optimistic: a writer passes the
 * version (number of events) it has seen, and the store appends only if that is still the stored version, so
 * concurrent writers get a {@link AppendResult.Conflict} instead of silently overwriting each other.
 *
 * <p>The store does not check the lifecycle: whether an event may follow another is decided by
 * {@link Issue#apply} before appending, and {@link Issue#replay} re-checks when loading. A store only checks
 * that each event belongs to the issue it is appended to.
 *
 * <p>Implementations must be safe for concurrent use: an append is atomic per issue (all its events or none),
 * and a read returns a consistent snapshot of one issue, never a partial append.
 */
public interface EventStore {

    /**
     * Appends events to an issue's timeline if the stored version is still the expected one.
     *
     * @param id              the issue
     * @param expectedVersion the number of events the writer has seen: 0 for a new issue
     * @param events          the events to append, in order, at least one
     * @return {@link AppendResult.Appended} with the new version, or {@link AppendResult.Conflict} if the
     *     stored version differs from the expected one, in which case nothing was stored
     * @throws NullPointerException if an argument or an event is null
     * @throws IllegalArgumentException if {@code expectedVersion} is negative, {@code events} is empty, or an
     *     event belongs to another issue
     */
    AppendResult append(IssueId id, long expectedVersion, List<IssueEvent> events);

    /**
     * An issue's events in append order: a snapshot unaffected by later appends, empty for an unknown issue.
     *
     * @throws NullPointerException if the id is null
     */
    ImmutableList<IssueEvent> timeline(IssueId id);

    /**
     * The number of events stored for an issue, 0 for an unknown issue.
     *
     * @throws NullPointerException if the id is null
     */
    default long version(IssueId id) {
        return timeline(id).size();
    }

    /** The ids of all issues with at least one event, in the order of their first append. */
    ImmutableSet<IssueId> issueIds();

    /**
     * An issue rebuilt from its timeline, or empty for an unknown issue.
     *
     * @throws NullPointerException if the id is null
     * @throws IllegalStateException if the stored timeline is not one the lifecycle accepts
     */
    default Optional<Issue> load(IssueId id) {
        ImmutableList<IssueEvent> timeline = timeline(id);
        return timeline.isEmpty() ? Optional.empty() : Optional.of(Issue.replay(timeline));
    }

    /**
     * Every issue, rebuilt lazily in the order of {@link #issueIds()}; each from a snapshot of its timeline.
     *
     * @throws IllegalStateException while streaming, if a stored timeline is not one the lifecycle accepts
     */
    default Stream<Issue> allIssues() {
        return issueIds().stream().map(this::load).flatMap(Optional::stream);
    }

    /**
     * Appends events to a deliberation item's timeline if the stored version is still the expected one; the same
     * contract as {@link #append} for issues.
     *
     * @throws NullPointerException if an argument or an event is null
     * @throws IllegalArgumentException if {@code expectedVersion} is negative, {@code events} is empty, or an
     *     event belongs to another item
     */
    AppendResult appendItem(ItemId id, long expectedVersion, List<ItemEvent> events);

    /** An item's events in append order, empty for an unknown item. */
    ImmutableList<ItemEvent> itemTimeline(ItemId id);

    /** The ids of all items, in the order of their first append. */
    ImmutableSet<ItemId> itemIds();

    /** Appends events to a meeting's timeline; the same contract as {@link #append}. */
    AppendResult appendMeeting(MeetingId id, long expectedVersion, List<MeetingEvent> events);

    /** A meeting's events in append order, empty for an unknown meeting. */
    ImmutableList<MeetingEvent> meetingTimeline(MeetingId id);

    /** The ids of all meetings, in the order of their first append. */
    ImmutableSet<MeetingId> meetingIds();

    /** Appends events to a service timeline (a report-in, a wish, a service record); the contract of {@link #append}. */
    AppendResult appendService(ServiceId id, long expectedVersion, List<ServiceEvent> events);

    /** A service timeline's events in append order, empty for an unknown one. */
    ImmutableList<ServiceEvent> serviceTimeline(ServiceId id);

    /** The ids of all service timelines, in the order of their first append. */
    ImmutableSet<ServiceId> serviceIds();

    /**
     * An item rebuilt from its timeline, or empty.
     *
     * @throws IllegalArgumentException if the stored timeline is not one the item's lifecycle accepts
     */
    default Optional<Item> loadItem(ItemId id) {
        ImmutableList<ItemEvent> t = itemTimeline(id);
        return t.isEmpty() ? Optional.empty() : Optional.of(Item.replay(t));
    }

    /**
     * A meeting rebuilt from its timeline, or empty.
     *
     * @throws IllegalArgumentException if the stored timeline is not one a meeting accepts
     */
    default Optional<Meeting> loadMeeting(MeetingId id) {
        ImmutableList<MeetingEvent> t = meetingTimeline(id);
        return t.isEmpty() ? Optional.empty() : Optional.of(Meeting.replay(t));
    }

    /**
     * Appends a mode switch of the city (平急结合) to the city's own stream; switches are kept in the order
     * appended. Thread-safe.
     */
    void appendModeSwitch(ModeSwitch modeSwitch);

    /** The city's mode switches, in the order appended. */
    List<ModeSwitch> modeSwitches();

    /**
     * Appends a record to the audit trail, chained to the last entry ({@link AuditEntry#after}); atomic, so that
     * concurrent writers never fork the chain. Thread-safe.
     *
     * @return the entry as stored
     */
    AuditEntry appendAudit(AuditRecord record);

    /** The audit trail, in the order appended. */
    List<AuditEntry> auditTrail();
    /**
     * Runs work as one unit: every append, audit entry, mode switch and checkpoint it makes is stored together or
     * not at all. Calls within the work join it (there is no nesting); what the work returns is returned once the
     * unit is stored. The engine runs each command and each due item of a tick in one, so that a command's events and
     * its audit entry are never stored apart.
     *
     * <p>A durable store rolls everything back if the work throws, and rethrows. This default, for stores that
     * keep nothing beyond the process (the in-memory one), runs the work as it comes: a crash loses the whole
     * process anyway, and an exception from the work leaves what it stored.
     *
     * @throws NullPointerException if the work is null
     * @throws StoreFailure if a durable store cannot store the unit; then nothing of it is stored
     */
    default <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /**
     * The events after a position in the store's global order, at most {@code limit} of them, for readers that
     * follow the whole store (projections, a live dashboard). A reader that passes the position of the last event
     * it got never misses one: an event is returned only once every event before it in the order is stored, even
     * when its append commits before an earlier one (the PostgreSQL store holds it back until that one commits).
     *
     * @param after where the reader stands; {@link GlobalPosition#START} for the beginning
     * @param limit the most events to return, positive
     * @return the events in global order, empty if there is nothing new yet
     * @throws NullPointerException if the position is null
     * @throws IllegalArgumentException if the limit is not positive
     */
    List<StoredEvent> readAll(GlobalPosition after, int limit);

    /**
     * A named checkpoint's value: how far a job (a simulated month, a projection) has got, saved in the same
     * unit as the work it marks so that a restarted job continues exactly where it stopped.
     *
     * @throws NullPointerException if the name is null
     */
    OptionalLong checkpoint(String name);

    /**
     * Saves a named checkpoint, replacing its value; within {@link #inTransaction} it is stored with the work.
     *
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name is blank
     */
    void saveCheckpoint(String name, long value);
}
