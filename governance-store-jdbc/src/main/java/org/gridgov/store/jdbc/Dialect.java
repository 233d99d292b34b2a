package org.gridgov.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.gridgov.store.GlobalPosition;

/** What differs between the two databases: JSON columns, the global order's rule, and how the audit chain is held. */
enum Dialect {
    /** One writer at a time: ids are assigned and committed in order, so the id alone is the global position. */
    SQLITE("sqlite", "?", "body") {
        @Override
        String readAllSql() {
            return "SELECT id, id, kind, stream, version, type, schema_version, body FROM events"
                    + " WHERE id > ? ORDER BY id LIMIT ?";
        }

        @Override
        int bindAfter(java.sql.PreparedStatement s, GlobalPosition after) throws SQLException {
            s.setLong(1, after.sequence());
            return 2;
        }

        @Override
        void lockAuditChain(Connection c) {
            // the transaction holds the database's write lock already (BEGIN IMMEDIATE)
        }
    },

    /**
     * Many writers: ids are assigned at insert but commit in another order, so positions are (transaction, id) and
     * readers see only rows below the oldest transaction still running; the audit chain is extended under a
     * transaction-scoped advisory lock so that two writers never fork it.
     */
    POSTGRESQL("postgresql", "CAST(? AS jsonb)", "body::text") {
        @Override
        String readAllSql() {
            // e.tx, not tx: ORDER BY would otherwise sort by the output column tx::text, as text
            return "SELECT e.tx::text AS position, e.id, e.kind, e.stream, e.version, e.type, e.schema_version,"
                    + " e.body::text FROM events e WHERE (e.tx, e.id) > (CAST(? AS xid8), ?)"
                    + " AND e.tx < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY e.tx, e.id LIMIT ?";
        }

        @Override
        int bindAfter(java.sql.PreparedStatement s, GlobalPosition after) throws SQLException {
            s.setString(1, Long.toString(after.transaction()));
            s.setLong(2, after.sequence());
            return 3;
        }

        @Override
        void lockAuditChain(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + AUDIT_LOCK + ")");
            }
        }
    };

    /** The advisory lock key of the audit chain: any constant no other user of the database takes. */
    private static final long AUDIT_LOCK = 0x6772696467L; // "gridg"

    private final String migrations;
    private final String bodyParameter;
    private final String bodyColumn;

    Dialect(String migrations, String bodyParameter, String bodyColumn) {
        this.migrations = migrations;
        this.bodyParameter = bodyParameter;
        this.bodyColumn = bodyColumn;
    }

    /** Where the dialect's Flyway migrations are. */
    String migrations() {
        return "classpath:org/gridgov/store/jdbc/migration/" + migrations;
    }

    /** A JSON parameter, as the column's type wants it. */
    String bodyParameter() {
        return bodyParameter;
    }

    /** A JSON column read as text. */
    String bodyColumn() {
        return bodyColumn;
    }

    /** The events after a position, global order, limited: position columns first, then as {@link Rows#event}. */
    abstract String readAllSql();

    /** Binds the position to {@link #readAllSql()}; returns the index of the limit, the next parameter. */
    abstract int bindAfter(java.sql.PreparedStatement s, GlobalPosition after) throws SQLException;

    /** Holds the audit chain for the rest of the transaction. */
    abstract void lockAuditChain(Connection c) throws SQLException;

    /** The position of a row of {@link #readAllSql()}. */
    GlobalPosition position(ResultSet rs) throws SQLException {
        return new GlobalPosition(Long.parseLong(rs.getString(1)), rs.getLong(2));
    }
}
