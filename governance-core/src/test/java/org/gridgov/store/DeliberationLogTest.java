package org.gridgov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.deliberation.BodyId;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.ItemFacts;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.MeetingEvent;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.deliberation.Proposer;
import org.gridgov.document.DocumentException;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.PersonId;
import org.junit.jupiter.api.Test;

/** Items and meetings in the event log: written with their chains, read back equal, refused at the line. */
class DeliberationLogTest {
    static final Instant T = Instant.parse("2024-06-03T01:00:00Z");
    static final Actor A = Actor.resident(new PersonId("r1"));
    static final ItemId I = new ItemId("YT-1");
    static final MeetingId M = new MeetingId("HY-1");

    static InMemoryEventStore store() {
        InMemoryEventStore s = new InMemoryEventStore();
        ItemFacts f = new ItemFacts("停车难", "联系电话13812345678，夜间乱停车", new CategoryId("property"), new NodeId("C1"),
                Proposer.RESIDENT, List.of(), 0, List.of());
        s.appendItem(I, 0, List.of(new ItemEvent.Proposed(I, A, T, f), new ItemEvent.Tabled(I, A, T.plusSeconds(60),
                new BodyId("b")), new ItemEvent.Scheduled(I, A, T.plusSeconds(120), M)));
        s.appendMeeting(M, 0, List.of(new MeetingEvent.Called(M, A, T.plusSeconds(120), new BodyId("b"),
                T.plusSeconds(3600), new NodeId("C1"), List.of(I))));
        return s;
    }

    static String log(InMemoryEventStore s) {
        StringWriter out = new StringWriter();
        EventLog.write(s, out);
        return out.toString();
    }

    @Test
    void itemsAndMeetingsReadBackEqualWithPhoneNumbersMasked() throws Exception {
        InMemoryEventStore s = store();
        String text = log(s);
        assertThat(text).contains("\"type\":\"ItemProposed\"").contains("\"type\":\"MeetingCalled\"")
                .contains("138****5678").doesNotContain("13812345678");

        InMemoryEventStore read = EventLog.read("log.jsonl", new BufferedReader(new StringReader(text)));

        assertThat(read.loadMeeting(M)).isEqualTo(s.loadMeeting(M));
        Item item = read.loadItem(I).orElseThrow();
        assertThat(item.version()).isEqualTo(3);
        assertThat(item.meeting()).contains(M);
    }

    @Test
    void anItemEventOutOfItsLifecycleIsReportedAtItsLine() {
        List<String> lines = log(store()).lines().collect(Collectors.toList());
        int tabled = lines.indexOf(lines.stream().filter(l -> l.contains("\"ItemTabled\"")).findFirst().orElseThrow());
        lines.remove(tabled);
        String edited = String.join("\n", lines);

        DocumentException e = catchThrowableOfType(() -> EventLog.readUnchained("log.jsonl",
                new BufferedReader(new StringReader(edited))), DocumentException.class);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).as("the scheduling, now without its tabling").isEqualTo(tabled + 1);
            assertThat(p.message().en()).contains("event of item YT-1 breaks its lifecycle");
        });
        DocumentException chained = catchThrowableOfType(() -> EventLog.read("log.jsonl",
                new BufferedReader(new StringReader(edited))), DocumentException.class);
        assertThat(chained.problems()).anySatisfy(p -> assertThat(p.message().en())
                .contains("of item YT-1 does not match the hash chain"));
    }
}
