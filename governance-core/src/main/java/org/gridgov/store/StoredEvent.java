package org.gridgov.store;

import java.util.Objects;

/**
 * One event as a reader of the global order gets it: where it stands, whose timeline it belongs to and the event.
 *
 * @param position where it stands in the store's global order
 * @param kind     the family of its timeline
 * @param stream   the timeline's id ({@code IssueId.value()} …)
 * @param version  its place in the timeline, from 1
 * @param event    the event: an {@code IssueEvent}, {@code ItemEvent}, {@code MeetingEvent} or {@code ServiceEvent}
 *                 as {@code kind} says
 */
public record StoredEvent(GlobalPosition position, StreamKind kind, String stream, long version, Object event) {
    /** @throws NullPointerException if an argument is null */
    public StoredEvent {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(event, "event");
    }
}
