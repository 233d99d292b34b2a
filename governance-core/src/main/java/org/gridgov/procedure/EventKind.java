package org.gridgov.procedure;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridgov.issue.IssueEvent;

/**
 * The kinds of {@link IssueEvent}, one per record of the sealed family, as transitions name them. Files write
 * them in lower case with hyphens: {@code checked-in}, {@code dispatch-rejected}.
 *
 * <p>Every permitted subtype of {@link IssueEvent} has exactly one kind; the class fails to initialize if one
 * is missing, so a new event type cannot slip past the procedures unnoticed. (Java 17 has no pattern
 * {@code switch}, so the check runs over {@link Class#getPermittedSubclasses()} instead of the compiler.)
 */
public enum EventKind {
    REPORTED(IssueEvent.Reported.class),
    ROUTED(IssueEvent.Routed.class),
    ACCEPTED(IssueEvent.Accepted.class),
    DISPATCH_REJECTED(IssueEvent.DispatchRejected.class),
    ESCALATED(IssueEvent.Escalated.class),
    SUMMONED(IssueEvent.Summoned.class),
    CHECKED_IN(IssueEvent.CheckedIn.class),
    CONSULTED(IssueEvent.Consulted.class),
    RESOLVED(IssueEvent.Resolved.class),
    FEEDBACK_GIVEN(IssueEvent.FeedbackGiven.class),
    RATED(IssueEvent.Rated.class),
    REOPENED(IssueEvent.Reopened.class),
    CLOSED(IssueEvent.Closed.class),
    SUPERVISED(IssueEvent.Supervised.class),
    DEADLINE_SET(IssueEvent.DeadlineSet.class),
    REASSIGNED(IssueEvent.Reassigned.class),
    DEADLINE_CLEARED(IssueEvent.DeadlineCleared.class),
    WARNED(IssueEvent.Warned.class),
    REPORT_IN_MISSED(IssueEvent.ReportInMissed.class),
    CALLBACK_FAILED(IssueEvent.CallbackFailed.class),
    EXCLUDED(IssueEvent.Excluded.class),
    NOTE(IssueEvent.Note.class);

    private static final Map<Class<?>, EventKind> BY_TYPE = byType();

    private final Class<? extends IssueEvent> eventType;

    EventKind(Class<? extends IssueEvent> eventType) {
        this.eventType = eventType;
    }

    private static Map<Class<?>, EventKind> byType() {
        ImmutableMap<Class<?>, EventKind> map = Arrays.stream(values())
                .collect(ImmutableMap.toImmutableMap(k -> k.eventType, k -> k));
        for (Class<?> type : IssueEvent.class.getPermittedSubclasses()) {
            if (!map.containsKey(type)) {
                throw new IllegalStateException("IssueEvent." + type.getSimpleName() + " has no EventKind");
            }
        }
        return map;
    }

    /**
     * The kind of an event.
     *
     * @throws NullPointerException if the event is null
     */
    public static EventKind of(IssueEvent event) {
        Objects.requireNonNull(event, "event");
        return BY_TYPE.get(event.getClass());
    }

    /** The event record type of this kind. */
    public Class<? extends IssueEvent> eventType() {
        return eventType;
    }

    /** The form files use: {@code checked-in}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The kind a file names, ignoring case and surrounding space, with hyphens or underscores
     * ({@code checked-in}, {@code CHECKED_IN}); empty for any other text.
     */
    public static Optional<EventKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(k -> k.name().equals(key)).findFirst();
    }

    /** Every file name, comma-separated, for messages that list what is allowed. */
    public static String allFileNames() {
        return Arrays.stream(values()).map(EventKind::fileName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return fileName();
    }
}
