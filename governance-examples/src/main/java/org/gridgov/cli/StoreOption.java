package org.gridgov.cli;

import org.gridgov.store.EventStore;
import org.gridgov.store.InMemoryEventStore;
import org.gridgov.store.jdbc.JdbcEventStore;
import org.gridgov.store.jdbc.JdbcStores;
import picocli.CommandLine.Option;

/**
 * {@code --store FILE|URL}: keep a command's events in a database, an SQLite file (created if missing) or a {@code
 * jdbc:postgresql:} URL; in memory without it. A store that cannot be opened raises {@code StoreFailure}, which
 * the command line prints as one line with exit code 1.
 */
final class StoreOption {
    @Option(names = "--store", paramLabel = "FILE|URL",
            description = "Keep the events in a database: an SQLite file (created if missing) or a jdbc:postgresql:"
                    + " URL. Default: in memory.")
    String location;

    /** An open store, closed with the command. */
    static final class Opened implements AutoCloseable {
        private final EventStore store;

        private Opened(EventStore store) {
            this.store = store;
        }

        EventStore store() {
            return store;
        }

        @Override
        public void close() {
            if (store instanceof JdbcEventStore j) {
                j.close();
            }
        }
    }

    /** Whether {@code --store} was given. */
    boolean durable() {
        return location != null;
    }

    /**
     * The store {@code --store} names, or a new one in memory.
     *
     * @throws org.gridgov.store.StoreFailure if the database cannot be opened
     * @throws IllegalArgumentException if the location names no database this library supports
     */
    Opened open() {
        return new Opened(location == null ? new InMemoryEventStore() : JdbcStores.open(location));
    }
}
