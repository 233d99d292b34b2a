package org.gridgov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.issue.IssueFixtures.HOTLINE;
import static org.gridgov.issue.IssueFixtures.at;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.junit.jupiter.api.Test;

/**
 * Stored rows carry their type and schema version; an upcaster raises an older shape into today's record. The
 * "older" shape here is made up (a note whose text was once called {@code body}), as a release that renames a
 * field would register it.
 */
class OlderEventsReadIntoTodaysRecordsTest {
    private static final IssueEvent NOTE = new IssueEvent.Note(new IssueId("a"), HOTLINE, at(1), "路灯不亮");

    /** Version 1 called the text {@code body}; version 2, today's record, calls it {@code text}. */
    private static final Upcaster RENAMED = new Upcaster() {
        @Override
        public String type() {
            return "Note";
        }

        @Override
        public int from() {
            return 1;
        }

        @Override
        public ObjectNode upcast(ObjectNode event) {
            event.set("text", event.remove("body"));
            return event;
        }
    };

    @Test
    void todaysEventsAreWrittenAtTheirFirstVersionAndReadBack() {
        EventCodec.Encoded row = EventCodec.current().encode(NOTE);

        assertThat(row).extracting(EventCodec.Encoded::kind, EventCodec.Encoded::stream, EventCodec.Encoded::type,
                EventCodec.Encoded::version).containsExactly(StreamKind.ISSUE, "a", "Note", 1);
        assertThat(row.body()).startsWith("{\"issue\"").contains("路灯不亮");
        assertThat(EventCodec.current().decode(row.kind(), row.type(), row.version(), row.body())).isEqualTo(NOTE);
    }

    @Test
    void anOlderRowIsRaisedByTheUpcastersAndNewRowsAreWrittenAtTheNewVersion() {
        EventCodec codec = EventCodec.current().with(RENAMED);
        String v1 = EventCodec.current().encode(NOTE).body().replace("\"text\"", "\"body\"");

        assertThat(codec.versionOf("Note")).isEqualTo(2);
        assertThat(codec.versionOf("Accepted")).isEqualTo(1);
        assertThat(codec.decode(StreamKind.ISSUE, "Note", 1, v1)).isEqualTo(NOTE);
        assertThat(codec.encode(NOTE).version()).isEqualTo(2);
        assertThat(codec.decode(StreamKind.ISSUE, "Note", 2, codec.encode(NOTE).body())).isEqualTo(NOTE);
    }

    @Test
    void rowsThisReleaseCannotReadAreRefusedWithTheirTypeAndVersion() {
        String body = EventCodec.current().encode(NOTE).body();

        assertThatThrownBy(() -> EventCodec.current().decode(StreamKind.ISSUE, "Note", 2, body))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Note version 2");
        assertThatThrownBy(() -> EventCodec.current().decode(StreamKind.ITEM, "Note", 1, body))
                .hasMessageContaining("not a item event");
        assertThatThrownBy(() -> EventCodec.current().decode(StreamKind.ISSUE, "Note", 1, "{\"at\":1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not read");
        assertThatThrownBy(() -> EventCodec.current().with(RENAMED).with(RENAMED))
                .hasMessageContaining("already has an upcaster");
    }
}
