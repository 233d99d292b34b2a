package org.gridgov.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * SQLite's connections: one, shared in turn. SQLite lets one writer in at a time anyway, and a single connection
 * keeps a process from waiting on its own locks; other processes on the same file wait for the busy timeout.
 */
final class SingleConnection implements Connections {
    private final DataSource source;
    private final ReentrantLock turn = new ReentrantLock(true);
    private Connection connection;

    SingleConnection(DataSource source) {
        this.source = source;
    }

    @Override
    public Connection acquire() throws SQLException {
        turn.lock();
        try {
            if (connection == null || connection.isClosed()) {
                connection = source.getConnection();
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            turn.unlock();
            throw e;
        }
    }

    @Override
    public void release(Connection c) {
        turn.unlock();
    }

    @Override
    public DataSource dataSource() {
        return source;
    }

    @Override
    public void close() {
        turn.lock();
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // closing: nothing is pending, the file is consistent whatever the driver says now
        } finally {
            connection = null;
            turn.unlock();
        }
    }
}
