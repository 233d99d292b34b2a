package org.gridgov.store.jdbc;

import java.nio.file.Path;
import org.gridgov.store.EventStore;
import org.gridgov.store.EventStoreContract;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store keeps the store contract, on a new file each test. */
class SqliteStoreKeepsTheContractTest extends EventStoreContract {
    @TempDir
    Path dir;

    @Override
    protected EventStore newStore() {
        return JdbcStores.sqlite(dir.resolve("gridgov.db"));
    }

    @Override
    protected void close(EventStore store) {
        ((JdbcEventStore) store).close();
    }
}
