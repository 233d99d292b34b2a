package org.gridgov.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.gridgov.store.EventCodec;
import org.gridgov.store.StoreFailure;
import org.gridgov.store.StreamKind;

/** Events to and from rows, through the codec; a row this release cannot read fails with where it is. */
final class Rows {
    private final EventCodec codec;
    private final String store;

    Rows(EventCodec codec, String store) {
        this.codec = codec;
        this.store = store;
    }

    /** Binds kind, stream, version, type, schema version and body, from parameter 1. */
    void bind(PreparedStatement s, Object event, long version) throws SQLException {
        EventCodec.Encoded row = codec.encode(event);
        s.setString(1, row.kind().code());
        s.setString(2, row.stream());
        s.setLong(3, version);
        s.setString(4, row.type());
        s.setInt(5, row.version());
        s.setString(6, row.body());
    }

    /**
     * The event of a row whose columns from {@code first} are kind, stream, version, type, schema version, body.
     *
     * @throws StoreFailure if the row does not read into today's records
     */
    Object event(ResultSet rs, int first) throws SQLException {
        String kind = rs.getString(first);
        String stream = rs.getString(first + 1);
        long version = rs.getLong(first + 2);
        String type = rs.getString(first + 3);
        try {
            return codec.decode(StreamKind.ofCode(kind), type, rs.getInt(first + 4), rs.getString(first + 5));
        } catch (IllegalArgumentException e) {
            throw new StoreFailure(store + ": event " + version + " of " + kind + " " + stream + " (" + type
                    + ") does not read: " + e.getMessage(), e);
        }
    }

    EventCodec codec() {
        return codec;
    }
}
