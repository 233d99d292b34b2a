package org.gridgov.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Where a store's connections come from, and where they go back. */
interface Connections extends AutoCloseable {
    /** A connection in auto-commit mode, for the caller alone until {@link #release}. */
    Connection acquire() throws SQLException;

    /** Gives a connection back, in auto-commit mode. */
    void release(Connection c);

    /** What Flyway migrates through. */
    DataSource dataSource();

    @Override
    void close();
}
