package org.gridgov.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.audit.AuditEntry;
import org.gridgov.audit.AuditTrail;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.mode.ModeSwitch;
import org.gridgov.privacy.Masking;

/**
 * An event store's content as JSON lines: one event per line, each issue's events in timeline order, so that a
 * month of cases can be exported from one platform and evaluated or reported elsewhere. Every line names its
 * type, e.g. {@code {"type":"Accepted","issue":{"value":"a"},"actor":{...},"at":"2023-06-15T02:00:00Z"}}.
 *
 * <p>{@link #write(EventStore, Writer)} exports everything the engine rebuilds itself from: the mode switches
 * (平急结合, lines of type {@code ModeSwitch}, first, in the order they were recorded) and every issue's timeline;
 * reading that export gives a store equal in content, so an engine recovered from it decides as the original.
 *
 * <p><b>Personal data.</b> Phone and ID numbers in the events' free text (descriptions, summaries, notes …) are
 * masked in an export ({@link Masking#text}); {@link #writeWithPersonalData} keeps them, for a principal allowed
 * to see them.
 *
 * <p><b>Tamper-evident.</b> Each event line carries {@code chain}, a SHA-256 link over the link before it in
 * its issue's timeline and the event, and the audit trail's entries (lines of type {@code Audit}) carry their own
 * chain; an edited, dropped, inserted or moved event or entry breaks the chain from there on and is reported
 * at its line, naming the issue and the event.
 *
 * <p>Reading is all or nothing: a line that is not JSON, an unknown type, a broken chain or an event the issue's
 * lifecycle refuses is reported with the file and line, and nothing is loaded.
 */
public final class EventLog {
    private static final ObjectMapper MAPPER = EventCodec.MAPPER;

    private EventLog() {
    }

    /**
     * Writes everything a store holds: its mode switches, then every issue's timeline.
     *
     * @param store the store
     * @param out   where to write; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(EventStore store, Writer out) {
        writeModesAndAudit(store, out);
        writeAll(store, out, true);
    }

    private static void writeAll(EventStore store, Writer out, boolean masked) {
        for (LogFamily<?, ?> f : LogFamily.ALL) {
            writeStored(f, store, out, masked);
        }
    }

    private static <K, E> void writeStored(LogFamily<K, E> f, EventStore store, Writer out, boolean masked) {
        writeFamily(f, f.all().apply(store), out, masked);
    }

    private static void writeModesAndAudit(EventStore store, Writer out) {
        try {
            for (ModeSwitch m : store.modeSwitches()) {
                out.write(MAPPER.writeValueAsString(new ModeLine(m)));
                out.write('\n');
            }
            for (AuditEntry a : store.auditTrail()) {
                out.write(MAPPER.writeValueAsString(new AuditLine(a)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mode switch as a line: its type name, then its fields. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"type"})
    private record ModeLine(String type, @com.fasterxml.jackson.annotation.JsonUnwrapped ModeSwitch modeSwitch) {
        static final String TYPE = "ModeSwitch";

        ModeLine(ModeSwitch modeSwitch) {
            this(TYPE, modeSwitch);
        }
    }

    /** An audit entry as a line: its type name, then the entry with its chain. */
    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"type"})
    private record AuditLine(String type, @com.fasterxml.jackson.annotation.JsonUnwrapped AuditEntry entry) {
        static final String TYPE = "Audit";

        AuditLine(AuditEntry entry) {
            this(TYPE, entry);
        }
    }

    /** The event as the chain covers it: the JSON its value gives, whatever spacing or order a file had. */
    private static <E> String canonical(LogFamily<?, E> f, E e) throws JsonProcessingException {
        return MAPPER.writerFor(f.base()).writeValueAsString(e);
    }

    /**
     * Writes the issues' timelines, one event per line (no mode switches: see {@link #write(EventStore, Writer)}).
     *
     * @param issues the issues, in the order to write them
     * @param out    where to write; not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Iterable<Issue> issues, Writer out) {
        writeFamily(LogFamily.ISSUES, java.util.stream.StreamSupport.stream(issues.spliterator(), false)
                .map(Issue::timeline), out, true);
    }

    /**
     * Writes the issues' timelines with their personal data: phone and ID numbers in free text as they were
     * entered. Only for a host that has checked that the principal asking may see them
     * ({@code CityGovernance.exportWithPersonalData} does); otherwise as {@link #write(Iterable, Writer)}.
     */
    public static void writeWithPersonalData(EventStore store, Writer out) {
        writeModesAndAudit(store, out);
        writeAll(store, out, false);
    }

    private static <E> void writeFamily(LogFamily<?, E> f, java.util.stream.Stream<List<E>> timelines, Writer out,
                                        boolean masked) {
        try {
            for (List<E> timeline : (Iterable<List<E>>) timelines::iterator) {
                String link = EventChain.START;
                for (E e : timeline) {
                    String json = masked ? canonical(f, MAPPER.readValue(Masking.text(canonical(f, e)), f.base()))
                            : canonical(f, e);
                    link = EventChain.next(link, json);
                    out.write(json.substring(0, json.length() - 1) + ",\"chain\":\"" + link + "\"}");
                    out.write('\n');
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first event whose link the chain does not give: edited, or after an event dropped or inserted. */
    private static <E> java.util.Optional<Integer> brokenLink(LogFamily<?, E> f, List<E> events, List<String> links) {
        String link = EventChain.START;
        for (int i = 0; i < events.size(); i++) {
            try {
                link = EventChain.next(link, canonical(f, events.get(i)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("an event that was read can be written", e);
            }
            if (!link.equals(links.get(i))) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }

    private static Bilingual tampered(LogFamily<?, ?> f, Object id, int index, Object e) {
        String which = (index + 1) + " (" + e.getClass().getSimpleName() + ")";
        return Bilingual.of(f.noun().zh() + " " + id + " 的第 " + which + " 个事件与哈希链不符: 它被改动过, 或它之前的事件被删除、插入或调换",
                "event " + which + " of " + f.noun().en() + " " + id + " does not match the hash chain: it was edited,"
                        + " or an event before it was removed, inserted or moved");
    }

    private static int firstBroken(List<AuditEntry> audit) {
        for (int i = 1; i <= audit.size(); i++) {
            if (AuditTrail.verify(audit.subList(0, i)).isPresent()) {
                return i - 1;
            }
        }
        return audit.size() - 1;
    }

    /** The index of the first event the lifecycle refuses; only called once replaying the whole timeline failed. */
    private static <E> int firstIllegal(LogFamily<?, E> f, List<E> events) {
        for (int i = 1; i <= events.size(); i++) {
            try {
                f.replay().accept(events.subList(0, i));
            } catch (RuntimeException illegal) {
                return i - 1;
            }
        }
        return events.size() - 1;
    }

    /**
     * Reads a log into a new in-memory store: mode switches and issue timelines. Blank lines are skipped.
     *
     * @param file names the log in problems
     * @param in   the log's lines
     * @return a store holding every issue of the log
     * @throws DocumentException with each line that is not an event, or whose event the lifecycle refuses
     * @throws UncheckedIOException if reading fails
     */
    public static InMemoryEventStore read(String file, BufferedReader in) throws DocumentException {
        return read(file, in, true);
    }

    /**
     * Reads a log written before event lines carried their chain, without checking chains: nothing proves such a
     * log was not edited, so hosts use it only for their own old exports. Otherwise as {@link #read}.
     *
     * @throws DocumentException with each line that is not an event, or whose event the lifecycle refuses
     */
    public static InMemoryEventStore readUnchained(String file, BufferedReader in) throws DocumentException {
        return read(file, in, false);
    }

    private static InMemoryEventStore read(String file, BufferedReader in, boolean chained) throws DocumentException {
        List<Timelines<?, ?>> families = LogFamily.ALL.stream().map(Timelines::new).collect(
                java.util.stream.Collectors.toList());
        List<DocumentProblem> problems = new ArrayList<>();
        List<ModeSwitch> switches = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        List<Integer> auditLines = new ArrayList<>();
        try {
            String text;
            int line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = MAPPER.readTree(text);
                    String type = node.path("type").asText();
                    if (ModeLine.TYPE.equals(type)) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("type");
                        switches.add(MAPPER.treeToValue(node, ModeSwitch.class));
                        continue;
                    }
                    if (AuditLine.TYPE.equals(type)) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("type");
                        audit.add(MAPPER.treeToValue(node, AuditEntry.class));
                        auditLines.add(line);
                        continue;
                    }
                    JsonNode link = ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("chain");
                    Timelines<?, ?> family = families.stream().filter(t -> t.types.contains(type)).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("unknown type " + type));
                    family.add(node, line, link == null ? "" : link.asText());
                } catch (JsonProcessingException | RuntimeException bad) {
                    String why = bad instanceof JsonProcessingException j ? j.getOriginalMessage() : bad.getMessage();
                    problems.add(new DocumentProblem(file, line, 0, "", Bilingual.of("不是有效的事件: " + why,
                            "not a valid event: " + why)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InMemoryEventStore store = new InMemoryEventStore();
        switches.forEach(store::appendModeSwitch);
        if (chained) {
            AuditTrail.verify(audit).ifPresent(why -> problems.add(new DocumentProblem(file,
                    auditLines.get(firstBroken(audit)), 0, "", why)));
            families.forEach(t -> t.checkChains(file, problems));
        }
        audit.forEach(a -> store.appendAudit(a.record()));
        families.forEach(t -> t.store(file, store, problems));
        if (!problems.isEmpty()) {
            throw new DocumentException(problems);
        }
        return store;
    }

    /** The timelines of one family as they are read, with each event's line and chain link. */
    private static final class Timelines<K, E> {
        private final LogFamily<K, E> family;
        private final java.util.Set<String> types;
        private final Map<K, List<E>> events = new LinkedHashMap<>();
        private final Map<K, List<Integer>> lines = new LinkedHashMap<>();
        private final Map<K, List<String>> links = new LinkedHashMap<>();

        Timelines(LogFamily<K, E> family) {
            this.family = family;
            this.types = family.typeNames();
        }

        void add(JsonNode node, int line, String link) throws JsonProcessingException {
            E e = MAPPER.treeToValue(node, family.base());
            K id = family.owner().apply(e);
            events.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
            lines.computeIfAbsent(id, k -> new ArrayList<>()).add(line);
            links.computeIfAbsent(id, k -> new ArrayList<>()).add(link);
        }

        void checkChains(String file, List<DocumentProblem> problems) {
            events.forEach((id, es) -> brokenLink(family, es, links.get(id)).ifPresent(i -> problems.add(
                    new DocumentProblem(file, lines.get(id).get(i), 0, "", tampered(family, id, i, es.get(i))))));
        }

        void store(String file, EventStore store, List<DocumentProblem> problems) {
            events.forEach((id, es) -> {
                try {
                    family.replay().accept(es);
                    family.appender().append(store, id, es);
                } catch (RuntimeException illegal) {
                    Bilingual noun = family.noun();
                    problems.add(new DocumentProblem(file, lines.get(id).get(firstIllegal(family, es)), 0, "",
                            Bilingual.of(noun.zh() + " " + id + " 的事件不合流程: " + illegal.getMessage(),
                                    "event of " + noun.en() + " " + id + " breaks its lifecycle: "
                                            + illegal.getMessage())));
                }
            });
        }
    }
}
