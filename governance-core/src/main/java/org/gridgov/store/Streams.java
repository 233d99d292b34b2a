package org.gridgov.store;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Append-only streams in memory, keyed by id, with optimistic appends: each stream is an immutable list swapped
 * atomically, so appends to one stream are serialized and readers see a whole append or none. What {@link
 * InMemoryEventStore} keeps issues, items and meetings in.
 *
 * @param <K> the stream's id
 * @param <E> its events
 */
final class Streams<K, E> {
    /** One stream's events and the order of its first append, which keeps {@link #ids()} deterministic. */
    private record Stream<E>(long created, ImmutableList<E> events) {
    }

    private final Map<K, Stream<E>> streams = new ConcurrentHashMap<>();
    private final AtomicLong created = new AtomicLong();
    private final Function<E, K> owner;
    private final String what;
    private final Appended<K, E> appended;

    /** Told of each append while its stream is locked, so that a global order follows the streams' own. */
    @FunctionalInterface
    interface Appended<K, E> {
        void appended(K id, long firstVersion, List<E> events);
    }

    /**
     * @param owner    the id of the stream an event belongs to
     * @param what     the streams' kind, for messages ({@code issue})
     * @param appended told of each append
     */
    Streams(Function<E, K> owner, String what, Appended<K, E> appended) {
        this.owner = owner;
        this.what = what;
        this.appended = appended;
    }

    AppendResult append(K id, long expectedVersion, List<E> events) {
        Objects.requireNonNull(id, "id");
        checkArgument(expectedVersion >= 0, "an expected version is not negative, got %s", expectedVersion);
        ImmutableList<E> batch = ImmutableList.copyOf(events);
        checkArgument(!batch.isEmpty(), "nothing to append to %s %s", what, id);
        for (E e : batch) {
            checkArgument(owner.apply(e).equals(id), "an event of %s %s cannot be appended to %s %s", what,
                    owner.apply(e), what, id);
        }
        AppendResult[] result = new AppendResult[1];
        streams.compute(id, (key, old) -> {
            long actual = old == null ? 0 : old.events().size();
            if (actual != expectedVersion) {
                result[0] = new AppendResult.Conflict(expectedVersion, actual);
                return old;
            }
            result[0] = new AppendResult.Appended(actual + batch.size());
            appended.appended(id, actual + 1, batch);
            return old == null
                    ? new Stream<>(created.incrementAndGet(), batch)
                    : new Stream<>(old.created(), ImmutableList.<E>builderWithExpectedSize(
                            old.events().size() + batch.size()).addAll(old.events()).addAll(batch).build());
        });
        return result[0];
    }

    ImmutableList<E> timeline(K id) {
        Stream<E> s = streams.get(Objects.requireNonNull(id, "id"));
        return s == null ? ImmutableList.of() : s.events();
    }

    ImmutableSet<K> ids() {
        return streams.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().created()))
                .map(Map.Entry::getKey)
                .collect(ImmutableSet.toImmutableSet());
    }
}
