package org.gridgov.store;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.Meeting;
import org.gridgov.deliberation.MeetingEvent;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;

/**
 * One family of timelines an event log holds (issues, deliberation items, meetings): how its events are named in
 * lines, whose stream each belongs to, how a timeline is checked and stored, and what people call one.
 *
 * @param <K> the stream id
 * @param <E> the events
 */
record LogFamily<K, E>(StreamKind kind, Class<E> base, String prefix, Function<E, K> owner, Bilingual noun,
                       Consumer<List<E>> replay, Appender<K, E> appender, Function<EventStore, Stream<List<E>>> all) {

    /** Stores a read timeline. */
    @FunctionalInterface
    interface Appender<K, E> {
        void append(EventStore store, K id, List<E> events);
    }

    static final LogFamily<IssueId, IssueEvent> ISSUES = new LogFamily<>(StreamKind.ISSUE,
            IssueEvent.class, "", IssueEvent::issue,
            Bilingual.of("案件", "issue"), Issue::replay, (s, id, e) -> s.append(id, 0, e),
            s -> s.allIssues().map(Issue::timeline));
    static final LogFamily<ItemId, ItemEvent> ITEMS = new LogFamily<>(StreamKind.ITEM,
            ItemEvent.class, "Item", ItemEvent::item,
            Bilingual.of("议题", "item"), Item::replay, (s, id, e) -> s.appendItem(id, 0, e),
            s -> s.itemIds().stream().map(s::itemTimeline));
    static final LogFamily<MeetingId, MeetingEvent> MEETINGS = new LogFamily<>(StreamKind.MEETING,
            MeetingEvent.class, "Meeting",
            MeetingEvent::meeting, Bilingual.of("会议", "meeting"), Meeting::replay,
            (s, id, e) -> s.appendMeeting(id, 0, e), s -> s.meetingIds().stream().map(s::meetingTimeline));

    static final LogFamily<ServiceId, ServiceEvent> SERVICES = new LogFamily<>(StreamKind.SERVICE,
            ServiceEvent.class, "",
            ServiceEvent::stream, Bilingual.of("服务记录", "service timeline"), org.gridgov.service.Streams::replay,
            (s, id, e) -> s.appendService(id, 0, e), s -> s.serviceIds().stream().map(s::serviceTimeline));

    /** Every family, in the order a log writes them. */
    static final List<LogFamily<?, ?>> ALL = List.of(ISSUES, ITEMS, MEETINGS, SERVICES);

    /** The type name of one of the family's event classes in a line. */
    String typeName(Class<?> sub) {
        return prefix + sub.getSimpleName();
    }

    /** The type names of every event of the family. */
    Set<String> typeNames() {
        return Stream.of(base.getPermittedSubclasses()).map(this::typeName).collect(Collectors.toSet());
    }
}
