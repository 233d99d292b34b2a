package org.gridgov.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gridgov.audit.AuditEntry;
import org.gridgov.audit.AuditRecord;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.MeetingEvent;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.mode.ModeSwitch;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.store.AppendResult;
import org.gridgov.store.EventStore;
import org.gridgov.store.GlobalPosition;
import org.gridgov.store.StoreFailure;
import org.gridgov.store.StoredEvent;
import org.gridgov.store.StreamKind;

/**
 * An {@link EventStore} on a database: SQLite (one file, the embedded default) or PostgreSQL (a server, for
 * production). Open one with {@link JdbcStores}; close it when done.
 *
 * <p><b>Appends.</b> Each timeline has a row holding its version; an append moves it from the expected version to
 * the new one ({@code UPDATE … WHERE version = expected}) and inserts the events, whose (family, timeline, version)
 * key is unique. Two writers with the same expected version queue on that row: the second finds the version moved
 * and gets {@link AppendResult.Conflict}, with nothing stored.
 *
 * <p><b>Units of work.</b> {@link #inTransaction} binds a database transaction to the calling thread; every append,
 * audit entry, mode switch and checkpoint within it commits together or not at all. Outside a unit each call is a
 * unit of its own.
 *
 * <p><b>Failures.</b> A database that cannot be reached, is locked beyond its timeout or holds a row this release
 * cannot read raises {@link StoreFailure}, naming the store (never a password) and what failed; nothing of the
 * failed unit is stored. Safe for concurrent use by many threads, and by many processes on the same database.
 */
public final class JdbcEventStore implements EventStore, AutoCloseable {
    private final Dialect dialect;
    private final Units units;
    private final Rows rows;
    private final Connections connections;
    private final String name;

    JdbcEventStore(Dialect dialect, Connections connections, Rows rows, String name) {
        this.dialect = dialect;
        this.connections = connections;
        this.units = new Units(connections, name);
        this.rows = rows;
        this.name = name;
    }

    /** How the store is named in messages: the database and where it is, without credentials. */
    public String name() {
        return name;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return units.inTransaction(work);
    }

    // ---- timelines ---------------------------------------------------------------------------------------------

    @Override
    public AppendResult append(IssueId id, long expectedVersion, List<IssueEvent> events) {
        return append(StreamKind.ISSUE, id, IssueId::value, expectedVersion, events, IssueEvent::issue);
    }

    @Override
    public ImmutableList<IssueEvent> timeline(IssueId id) {
        return timeline(StreamKind.ISSUE, id.value(), IssueEvent.class);
    }

    @Override
    public long version(IssueId id) {
        return version(StreamKind.ISSUE, id.value());
    }

    @Override
    public ImmutableSet<IssueId> issueIds() {
        return ids(StreamKind.ISSUE, IssueId::new);
    }

    /** Every issue from one query: a consistent snapshot, without a query per issue. */
    @Override
    public Stream<Issue> allIssues() {
        return timelines(StreamKind.ISSUE, IssueEvent.class).values().stream().map(Issue::replay);
    }

    @Override
    public AppendResult appendItem(ItemId id, long expectedVersion, List<ItemEvent> events) {
        return append(StreamKind.ITEM, id, ItemId::value, expectedVersion, events, ItemEvent::item);
    }

    @Override
    public ImmutableList<ItemEvent> itemTimeline(ItemId id) {
        return timeline(StreamKind.ITEM, id.value(), ItemEvent.class);
    }

    @Override
    public ImmutableSet<ItemId> itemIds() {
        return ids(StreamKind.ITEM, ItemId::new);
    }

    @Override
    public AppendResult appendMeeting(MeetingId id, long expectedVersion, List<MeetingEvent> events) {
        return append(StreamKind.MEETING, id, MeetingId::value, expectedVersion, events, MeetingEvent::meeting);
    }

    @Override
    public ImmutableList<MeetingEvent> meetingTimeline(MeetingId id) {
        return timeline(StreamKind.MEETING, id.value(), MeetingEvent.class);
    }

    @Override
    public ImmutableSet<MeetingId> meetingIds() {
        return ids(StreamKind.MEETING, MeetingId::new);
    }

    @Override
    public AppendResult appendService(ServiceId id, long expectedVersion, List<ServiceEvent> events) {
        return append(StreamKind.SERVICE, id, ServiceId::value, expectedVersion, events, ServiceEvent::stream);
    }

    @Override
    public ImmutableList<ServiceEvent> serviceTimeline(ServiceId id) {
        return timeline(StreamKind.SERVICE, id.value(), ServiceEvent.class);
    }

    @Override
    public ImmutableSet<ServiceId> serviceIds() {
        return ids(StreamKind.SERVICE, ServiceId::new);
    }

    private <K, E> AppendResult append(StreamKind kind, K id, Function<K, String> value, long expected,
                                       List<E> events, Function<E, K> owner) {
        Objects.requireNonNull(id, "id");
        checkArgument(expected >= 0, "an expected version is not negative, got %s", expected);
        List<E> batch = List.copyOf(events);
        checkArgument(!batch.isEmpty(), "nothing to append to %s %s", kind.code(), id);
        for (E e : batch) {
            checkArgument(owner.apply(e).equals(id), "an event of %s %s cannot be appended to %s %s", kind.code(),
                    owner.apply(e), kind.code(), id);
        }
        String stream = value.apply(id);
        return units.write("append to " + kind.code() + " " + stream, c -> {
            long next = expected + batch.size();
            if (!claim(c, kind, stream, expected, next)) {
                return conflict(c, kind, stream, expected);
            }
            insert(c, batch, expected);
            return new AppendResult.Appended(next);
        });
    }

    /** Moves the timeline's version from the expected one to the next; false if it is not at the expected one. */
    private static boolean claim(Connection c, StreamKind kind, String stream, long expected, long next)
            throws SQLException {
        String sql = expected == 0
                ? "INSERT INTO streams (version, kind, stream) VALUES (?, ?, ?) ON CONFLICT (kind, stream) DO NOTHING"
                : "UPDATE streams SET version = ? WHERE kind = ? AND stream = ? AND version = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, next);
            s.setString(2, kind.code());
            s.setString(3, stream);
            if (expected > 0) {
                s.setLong(4, expected);
            }
            return s.executeUpdate() == 1;
        }
    }

    private AppendResult conflict(Connection c, StreamKind kind, String stream, long expected) throws SQLException {
        long actual = version(c, kind, stream);
        if (actual == expected) {
            // the writer we queued behind rolled back between our claim and this read: nothing moved, try again
            throw new StoreFailure(name + ": the version of " + kind.code() + " " + stream
                    + " changed while it was appended to; append again", null);
        }
        return new AppendResult.Conflict(expected, actual);
    }

    private <E> void insert(Connection c, List<E> batch, long expected) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events (kind, stream, version, type,"
                + " schema_version, body) VALUES (?, ?, ?, ?, ?, " + dialect.bodyParameter() + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                rows.bind(s, batch.get(i), expected + i + 1);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static long version(Connection c, StreamKind kind, String stream) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM streams WHERE kind = ? AND stream = ?")) {
            s.setString(1, kind.code());
            s.setString(2, stream);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private long version(StreamKind kind, String stream) {
        return units.read("read the version of " + kind.code() + " " + stream, c -> version(c, kind, stream));
    }

    private <E> ImmutableList<E> timeline(StreamKind kind, String stream, Class<E> type) {
        Objects.requireNonNull(stream, "id");
        return units.read("read " + kind.code() + " " + stream, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT kind, stream, version, type, schema_version, "
                    + dialect.bodyColumn() + " FROM events WHERE kind = ? AND stream = ? ORDER BY version")) {
                s.setString(1, kind.code());
                s.setString(2, stream);
                ImmutableList.Builder<E> out = ImmutableList.builder();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(type.cast(rows.event(rs, 1)));
                    }
                }
                return out.build();
            }
        });
    }

    /** Every timeline of a family, in the order of their first append. */
    private <E> Map<String, List<E>> timelines(StreamKind kind, Class<E> type) {
        return units.read("read every " + kind.code(), c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT e.kind, e.stream, e.version, e.type,"
                    + " e.schema_version, e." + dialect.bodyColumn() + " FROM events e JOIN streams t"
                    + " ON t.kind = e.kind AND t.stream = e.stream WHERE e.kind = ? ORDER BY t.id, e.version")) {
                s.setString(1, kind.code());
                Map<String, List<E>> out = new LinkedHashMap<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(type.cast(rows.event(rs, 1)));
                    }
                }
                return out;
            }
        });
    }

    private <K> ImmutableSet<K> ids(StreamKind kind, Function<String, K> id) {
        return units.read("list every " + kind.code(), c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT stream FROM streams WHERE kind = ? ORDER BY id")) {
                s.setString(1, kind.code());
                ImmutableSet.Builder<K> out = ImmutableSet.builder();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(id.apply(rs.getString(1)));
                    }
                }
                return out.build();
            }
        });
    }

    // ---- the global order --------------------------------------------------------------------------------------

    @Override
    public List<StoredEvent> readAll(GlobalPosition after, int limit) {
        Objects.requireNonNull(after, "after");
        checkArgument(limit > 0, "a limit is positive, got %s", limit);
        return units.read("read the global order", c -> {
            try (PreparedStatement s = c.prepareStatement(dialect.readAllSql())) {
                s.setInt(dialect.bindAfter(s, after), limit);
                List<StoredEvent> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredEvent(dialect.position(rs), StreamKind.ofCode(rs.getString(3)),
                                rs.getString(4), rs.getLong(5), rows.event(rs, 3)));
                    }
                }
                return out;
            }
        });
    }

    // ---- mode switches, audit, checkpoints ---------------------------------------------------------------------

    @Override
    public void appendModeSwitch(ModeSwitch modeSwitch) {
        String body = rows.codec().encode(Objects.requireNonNull(modeSwitch, "modeSwitch"));
        units.write("record a mode switch", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO mode_switches (body) VALUES ("
                    + dialect.bodyParameter() + ")")) {
                s.setString(1, body);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<ModeSwitch> modeSwitches() {
        return bodies("read the mode switches", "SELECT " + dialect.bodyColumn() + " FROM mode_switches ORDER BY id",
                rows.codec()::decodeModeSwitch);
    }

    @Override
    public AuditEntry appendAudit(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        return units.write("append to the audit trail", c -> {
            dialect.lockAuditChain(c);
            AuditEntry entry = AuditEntry.after(lastAudit(c), record);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit (sequence, body) VALUES (?, "
                    + dialect.bodyParameter() + ")")) {
                s.setLong(1, entry.sequence());
                s.setString(2, rows.codec().encode(entry));
                s.executeUpdate();
            }
            return entry;
        });
    }

    private AuditEntry lastAudit(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + dialect.bodyColumn()
                + " FROM audit ORDER BY sequence DESC LIMIT 1"); ResultSet rs = s.executeQuery()) {
            return rs.next() ? decodeAudit(rs.getString(1)) : null;
        }
    }

    @Override
    public List<AuditEntry> auditTrail() {
        return bodies("read the audit trail", "SELECT " + dialect.bodyColumn() + " FROM audit ORDER BY sequence",
                this::decodeAudit);
    }

    private AuditEntry decodeAudit(String json) {
        try {
            return rows.codec().decodeAudit(json);
        } catch (IllegalArgumentException e) {
            throw new StoreFailure(name + ": an audit entry does not read: " + e.getMessage(), e);
        }
    }

    private <T> List<T> bodies(String what, String sql, Function<String, T> decode) {
        return units.read(what, c -> {
            List<T> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(decode.apply(rs.getString(1)));
                }
            }
            return List.copyOf(out);
        });
    }

    @Override
    public OptionalLong checkpoint(String name) {
        Objects.requireNonNull(name, "name");
        return units.read("read checkpoint " + name, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM checkpoints WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    @Override
    public void saveCheckpoint(String name, long value) {
        checkArgument(!Objects.requireNonNull(name, "name").isBlank(), "a checkpoint has a name");
        units.write("save checkpoint " + name, c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO checkpoints (name, value) VALUES (?, ?)"
                    + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                s.setString(1, name);
                s.setLong(2, value);
                return s.executeUpdate();
            }
        });
    }

    /** Closes the store's connections; calls after this fail. */
    @Override
    public void close() {
        connections.close();
    }
}
