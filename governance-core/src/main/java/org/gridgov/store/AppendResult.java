package org.gridgov.store;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The result of {@link EventStore#append}: the events were stored, or another writer got there first and
 * nothing was stored. A conflict is a value, not an exception: the writer reloads, decides again and retries.
 */
public sealed interface AppendResult {

    /**
     * The events were stored.
     *
     * @param newVersion the number of events of the issue now
     */
    record Appended(long newVersion) implements AppendResult {
        /** @throws IllegalArgumentException if the version is not positive */
        public Appended {
            checkArgument(newVersion > 0, "a version after an append is positive, got %s", newVersion);
        }
    }

    /**
     * Nothing was stored: the writer had seen {@code expected} events, the store holds {@code actual}.
     *
     * @param expected the version the writer passed
     * @param actual   the version in the store
     */
    record Conflict(long expected, long actual) implements AppendResult {
        /** @throws IllegalArgumentException if the versions are equal or negative */
        public Conflict {
            checkArgument(expected >= 0 && actual >= 0 && expected != actual,
                    "a conflict needs two different versions, got %s and %s", expected, actual);
        }
    }
}
