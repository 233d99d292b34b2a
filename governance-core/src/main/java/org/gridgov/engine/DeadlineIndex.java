package org.gridgov.engine;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gridgov.escalation.DueItem;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Participant;

/**
 * The due instants of open issues, ordered by time, kept outside any rule engine so that a tick costs in
 * proportion to what is due, not to how many issues are open: finding the due items is a walk over the head of a
 * sorted map, and updating an issue replaces only its own entries.
 *
 * <p>The index is derived data: {@link #update(Issue)} recomputes an issue's entries from its state (its
 * deadlines and the report-in deadlines of organizations summoned, not yet checked in and not yet recorded as
 * missed; none once the issue is resolved
 * or closed), so rebuilding the index from the event store after a restart gives the same index. Thread-safe.
 */
public final class DeadlineIndex {
    private final NavigableMap<Instant, TreeSet<DueItem>> byInstant = new TreeMap<>();
    private final Map<IssueId, List<DueItem>> byIssue = new HashMap<>();

    /** An index over issues, e.g. all issues of an event store after a restart. */
    public static DeadlineIndex of(Iterable<Issue> issues) {
        DeadlineIndex index = new DeadlineIndex();
        issues.forEach(index::update);
        return index;
    }

    /** The due items an issue's state implies. */
    public static List<DueItem> itemsOf(Issue issue) {
        if (!issue.status().isOpen()) {
            return List.of(); // resolved or closed: nothing escalates any more
        }
        List<DueItem> items = new ArrayList<>();
        issue.deadlines().forEach((kind, due) -> items.add(DueItem.deadline(issue.id(), DeadlineKind.of(kind), due)));
        for (Participant p : issue.participants()) {
            if (!p.checkedIn() && !p.missed() && p.reportInBy().isPresent()) {
                items.add(DueItem.reportIn(issue.id(), p.organization(), p.reportInBy().get()));
            }
        }
        items.sort(DueItem.ORDER);
        return items;
    }

    /** Replaces an issue's entries with those its current state implies. */
    public synchronized void update(Issue issue) {
        remove(issue.id());
        List<DueItem> items = itemsOf(issue);
        if (items.isEmpty()) {
            return;
        }
        byIssue.put(issue.id(), items);
        for (DueItem item : items) {
            byInstant.computeIfAbsent(item.due(), k -> new TreeSet<>(DueItem.ORDER)).add(item);
        }
    }

    /** Drops an issue's entries. */
    public synchronized void remove(IssueId issue) {
        List<DueItem> old = byIssue.remove(issue);
        if (old == null) {
            return;
        }
        for (DueItem item : old) {
            TreeSet<DueItem> at = byInstant.get(item.due());
            if (at != null) {
                at.remove(item);
                if (at.isEmpty()) {
                    byInstant.remove(item.due());
                }
            }
        }
    }

    /** Every item due at or before {@code now}, earliest first; the index is not changed. */
    public synchronized List<DueItem> dueAt(Instant now) {
        ImmutableList.Builder<DueItem> out = ImmutableList.builder();
        byInstant.headMap(now, true).values().forEach(out::addAll);
        return out.build();
    }

    /** Whether an issue has an item due before an instant (strictly). */
    public synchronized boolean hasItemBefore(IssueId issue, Instant instant) {
        List<DueItem> items = byIssue.get(issue);
        return items != null && items.get(0).due().isBefore(instant); // items are sorted, earliest first
    }

    /** The earliest due instant in the index, if any. */
    public synchronized Optional<Instant> next() {
        return byInstant.isEmpty() ? Optional.empty() : Optional.of(byInstant.firstKey());
    }

    /** The items of one issue, earliest first. */
    public synchronized List<DueItem> itemsFor(IssueId issue) {
        return List.copyOf(byIssue.getOrDefault(issue, List.of()));
    }

    /** The number of indexed items. */
    public synchronized int size() {
        return byIssue.values().stream().mapToInt(List::size).sum();
    }
}
