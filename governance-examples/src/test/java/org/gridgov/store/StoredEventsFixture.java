package org.gridgov.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.document.DocumentException;

/**
 * Writes the stored-events fixture: the rows a durable store holds for event logs that this release's commands
 * wrote (a simulated month, the small-bench meeting, members coming home), as JSON lines of kind, stream, version,
 * type, schema version and body. Kept in the repository, so that later releases prove they still read what this
 * one stored. Run: {@code StoredEventsFixture OUT LOG...}.
 */
public final class StoredEventsFixture {
    private StoredEventsFixture() {
    }

    public static void main(String[] args) throws IOException, DocumentException {
        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String log : List.of(args).subList(1, args.length)) {
                EventStore store;
                try (BufferedReader in = Files.newBufferedReader(Path.of(log), StandardCharsets.UTF_8)) {
                    store = EventLog.read(log, in);
                }
                for (StoredEvent e : store.readAll(GlobalPosition.START, Integer.MAX_VALUE)) {
                    EventCodec.Encoded row = EventCodec.current().encode(e.event());
                    if (!seen.add(row.kind().code() + "/" + row.stream() + "/" + e.version())) {
                        continue; // a timeline two logs share (the same seed case) is kept once
                    }
                    ObjectNode line = json.createObjectNode().put("kind", row.kind().code()).put("stream",
                            row.stream()).put("version", e.version()).put("type", row.type())
                            .put("schemaVersion", row.version()).put("body", row.body());
                    out.write(line.toString());
                    out.write('\n');
                }
            }
        }
    }
}
