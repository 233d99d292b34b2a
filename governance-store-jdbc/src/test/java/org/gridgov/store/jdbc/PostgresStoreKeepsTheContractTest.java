package org.gridgov.store.jdbc;

import org.gridgov.store.EventStore;
import org.gridgov.store.EventStoreContract;

/** The PostgreSQL store keeps the store contract, in a new schema each test. */
class PostgresStoreKeepsTheContractTest extends EventStoreContract {
    private String url;
    private String schema;

    @Override
    protected EventStore newStore() {
        url = TestDatabases.postgres();
        schema = TestDatabases.freshSchema();
        return JdbcStores.postgres(url, schema);
    }

    @Override
    protected void close(EventStore store) throws Exception {
        if (store != null) {
            ((JdbcEventStore) store).close();
            TestDatabases.drop(url, schema);
        }
    }
}
