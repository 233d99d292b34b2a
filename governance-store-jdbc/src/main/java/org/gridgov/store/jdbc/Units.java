package org.gridgov.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;
import org.gridgov.store.StoreFailure;

/**
 * Units of work on a store's connections: a unit binds one connection to its thread, calls within it join it, and
 * it commits at its end or rolls back if anything in it threw. Reads outside a unit run on a connection of their own
 * in auto-commit mode, each a consistent snapshot.
 */
final class Units {
    /** Work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private final Connections connections;
    private final String store;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    /**
     * @param store how messages name the store ({@code SQLite gridgov.db})
     */
    Units(Connections connections, String store) {
        this.connections = connections;
        this.store = store;
    }

    <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        Connection c = open("begin a transaction");
        try {
            begin(c);
            current.set(c);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollback(c);
                throw e;
            }
            commit(c);
            return result;
        } finally {
            current.remove();
            restore(c);
            connections.release(c);
        }
    }

    /** Runs work in the current unit, or in one of its own. */
    <T> T write(String what, Work<T> work) {
        return inTransaction(() -> run(current.get(), what, work));
    }

    /** Runs work in the current unit, or on a connection of its own in auto-commit mode. */
    <T> T read(String what, Work<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return run(joined, what, work);
        }
        Connection c = open(what);
        try {
            return run(c, what, work);
        } finally {
            connections.release(c);
        }
    }

    private <T> T run(Connection c, String what, Work<T> work) {
        try {
            return work.on(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private Connection open(String what) {
        try {
            return connections.acquire();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private void begin(Connection c) {
        try {
            c.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure("begin a transaction", e);
        }
    }

    private void commit(Connection c) {
        try {
            c.commit();
        } catch (SQLException e) {
            rollback(c);
            throw failure("commit", e);
        }
    }

    private void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the unit is lost either way; the database drops what was not committed
        }
    }

    private void restore(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a broken connection: the pool or the next acquire replaces it
        }
    }

    StoreFailure failure(String what, SQLException e) {
        return new StoreFailure(store + ": cannot " + what + ": " + e.getMessage(), e);
    }
}
