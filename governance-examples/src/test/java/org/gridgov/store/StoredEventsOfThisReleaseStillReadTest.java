package org.gridgov.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.store.jdbc.JdbcEventStore;
import org.gridgov.store.jdbc.JdbcStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema evolution: {@code stored-events-0.1.0.jsonl} holds the rows release 0.1.0 stored for a simulated month,
 * the small-bench meeting and members coming home (34 event types, every family; {@link StoredEventsFixture}
 * wrote it). Every row must still read into today's records, and a store holding exactly those rows must open,
 * and replay every timeline through its lifecycle. When a release changes an event record, this test fails until
 * an upcaster reads the old rows.
 */
class StoredEventsOfThisReleaseStillReadTest {
    private static final String FIXTURE = "org/gridgov/store/stored-events-0.1.0.jsonl";

    @TempDir
    Path dir;

    @Test
    void everyRowOfReleaseZeroOneReadsIntoTodaysRecords() throws IOException {
        List<JsonNode> rows = rows();
        Map<String, Long> types = rows.stream().collect(Collectors.groupingBy(r -> r.get("type").asText(),
                Collectors.counting()));

        assertThat(types).hasSizeGreaterThanOrEqualTo(34);
        assertThat(rows).extracting(r -> r.get("kind").asText()).contains("issue", "item", "meeting", "service");
        for (JsonNode row : rows) {
            Object event = decode(row);
            EventCodec.Encoded again = EventCodec.current().encode(event);
            assertThat(again.stream()).as("row %s", row).isEqualTo(row.get("stream").asText());
            assertThat(again.type()).isEqualTo(row.get("type").asText());
            assertThat(EventCodec.current().decode(again.kind(), again.type(), again.version(), again.body()))
                    .isEqualTo(event);
        }
    }

    @Test
    void aStoreHoldingTheOldRowsOpensAndEveryTimelineReplays() throws Exception {
        Path file = dir.resolve("old.db");
        JdbcStores.sqlite(file).close(); // today's schema, empty
        List<JsonNode> rows = rows();
        insert(file, rows);

        String log;
        try (JdbcEventStore store = JdbcStores.sqlite(file)) {
            assertThat(store.readAll(GlobalPosition.START, Integer.MAX_VALUE)).hasSize(rows.size());
            StringWriter out = new StringWriter();
            EventLog.write(store, out);
            log = out.toString();
        }
        // Reading the export back replays every issue, item, meeting and service timeline through its lifecycle.
        EventStore replayed = EventLog.read("old.db", new BufferedReader(new StringReader(log)));
        assertThat(replayed.readAll(GlobalPosition.START, Integer.MAX_VALUE)).hasSize(rows.size());
    }

    private static Object decode(JsonNode row) {
        return EventCodec.current().decode(StreamKind.ofCode(row.get("kind").asText()), row.get("type").asText(),
                row.get("schemaVersion").asInt(), row.get("body").asText());
    }

    /** The rows as the old release stored them: a timeline row with its version, and each event's row. */
    private static void insert(Path file, List<JsonNode> rows) throws Exception {
        Map<String, Long> versions = new LinkedHashMap<>();
        rows.forEach(r -> versions.merge(r.get("kind").asText() + "\u0000" + r.get("stream").asText(),
                r.get("version").asLong(), Math::max));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO streams (kind, stream, version) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, Long> v : versions.entrySet()) {
                    String[] key = v.getKey().split("\u0000");
                    s.setString(1, key[0]);
                    s.setString(2, key[1]);
                    s.setLong(3, v.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO events (kind, stream, version, type,"
                    + " schema_version, body) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (JsonNode r : rows) {
                    s.setString(1, r.get("kind").asText());
                    s.setString(2, r.get("stream").asText());
                    s.setLong(3, r.get("version").asLong());
                    s.setString(4, r.get("type").asText());
                    s.setInt(5, r.get("schemaVersion").asInt());
                    s.setString(6, r.get("body").asText());
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        }
    }

    private static List<JsonNode> rows() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        try (InputStream in = StoredEventsOfThisReleaseStillReadTest.class.getClassLoader().getResourceAsStream(FIXTURE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(json.readTree(line));
            }
        }
        return rows;
    }
}
