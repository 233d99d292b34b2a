package org.gridgov.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The earliest pending deadline of each deliberation item or service record, ordered by time, so that a tick costs
 * in proportion to what is due (as {@link DeadlineIndex} does for issues) instead of replaying every timeline.
 * Derived data: built from the store when the engine starts, and updated from the timeline after each append.
 * Thread-safe.
 *
 * @param <K> the timeline's id
 */
final class EarliestDue<K> {
    private final NavigableMap<Instant, TreeSet<K>> byInstant = new TreeMap<>();
    private final Map<K, Instant> byId = new HashMap<>();
    private final Comparator<K> order;

    EarliestDue(Comparator<K> order) {
        this.order = order;
    }

    /** An index over some timelines, each asked for its pending deadlines. */
    static <K> EarliestDue<K> of(Iterable<K> ids, Function<K, Map<String, Instant>> deadlines, Comparator<K> order) {
        EarliestDue<K> index = new EarliestDue<>(order);
        ids.forEach(id -> index.update(id, deadlines.apply(id)));
        return index;
    }

    /** Replaces a timeline's entry with the earliest of its pending deadlines, or removes it if it has none. */
    synchronized void update(K id, Map<String, Instant> deadlines) {
        Instant old = byId.remove(id);
        if (old != null) {
            TreeSet<K> at = byInstant.get(old);
            at.remove(id);
            if (at.isEmpty()) {
                byInstant.remove(old);
            }
        }
        Optional<Instant> earliest = deadlines.values().stream().min(Comparator.naturalOrder());
        earliest.ifPresent(e -> {
            byId.put(id, e);
            byInstant.computeIfAbsent(e, x -> new TreeSet<>(order)).add(id);
        });
    }

    /** The timelines with a deadline at or before {@code now}, earliest first. */
    synchronized List<K> dueBy(Instant now) {
        List<K> out = new ArrayList<>();
        byInstant.headMap(now, true).values().forEach(out::addAll);
        return out;
    }
}
