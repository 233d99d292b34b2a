package org.gridgov.store;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.actor.Actor;
import org.gridgov.audit.AuditEntry;
import org.gridgov.mode.ModeSwitch;
import org.gridgov.role.RoleTarget;

/**
 * Events as durable stores keep them: a type name, a schema version and a JSON body without the type, so that a
 * row can be read by type and version before it is bound to a record. The same names and JSON as an
 * {@link EventLog} line.
 *
 * <p><b>Schema evolution.</b> Every type starts at version {@value #FIRST_VERSION}. A release that changes an event
 * record registers an {@link Upcaster} from the old version; the type's current version is then one past the
 * highest upcaster, new rows are written at it, and older rows are raised step by step when read. A row of a
 * version newer than the codec knows is refused, not guessed at. Immutable and thread-safe.
 */
public final class EventCodec {
    /** The version of every event type until an upcaster raises it. */
    public static final int FIRST_VERSION = 1;

    static final ObjectMapper MAPPER = mapper();
    private static final EventCodec CURRENT = new EventCodec(Map.of());

    private final ImmutableMap<String, ImmutableMap<Integer, Upcaster>> upcasters;

    private EventCodec(Map<String, ImmutableMap<Integer, Upcaster>> upcasters) {
        this.upcasters = ImmutableMap.copyOf(upcasters);
    }

    /** Today's codec: the library's own upcasters (none yet: every type is at its first version). */
    public static EventCodec current() {
        return CURRENT;
    }

    /**
     * This codec with one more upcaster.
     *
     * @throws IllegalArgumentException if the type is not an event type, the version is below the first, or an
     *     upcaster from that version of that type is already registered
     */
    public EventCodec with(Upcaster upcaster) {
        String type = upcaster.type();
        checkArgument(kindOfType(type) != null, "%s is not an event type", type);
        checkArgument(upcaster.from() >= FIRST_VERSION, "an upcaster reads version %s or later, not %s",
                FIRST_VERSION, upcaster.from());
        Map<Integer, Upcaster> steps = new HashMap<>(upcasters.getOrDefault(type, ImmutableMap.of()));
        checkArgument(steps.putIfAbsent(upcaster.from(), upcaster) == null, "%s already has an upcaster from %s",
                type, upcaster.from());
        Map<String, ImmutableMap<Integer, Upcaster>> all = new HashMap<>(upcasters);
        all.put(type, ImmutableMap.copyOf(steps));
        return new EventCodec(all);
    }

    /** The version new events of a type are written at. */
    public int versionOf(String type) {
        return upcasters.getOrDefault(type, ImmutableMap.of()).keySet().stream().mapToInt(v -> v + 1).max()
                .orElse(FIRST_VERSION);
    }

    /**
     * An event ready to store.
     *
     * @param kind    its family
     * @param stream  its timeline's id
     * @param type    its type name
     * @param version the schema version its body is in
     * @param body    its JSON, without the type
     */
    public record Encoded(StreamKind kind, String stream, String type, int version, String body) {
    }

    /**
     * An event of any family as a row.
     *
     * @throws IllegalArgumentException if the object is not an event of a family
     */
    public Encoded encode(Object event) {
        LogFamily<?, ?> f = familyOf(Objects.requireNonNull(event, "event").getClass());
        checkArgument(f != null, "%s is not an event", event.getClass().getName());
        return encode(f, event);
    }

    private <K, E> Encoded encode(LogFamily<K, E> f, Object event) {
        E e = f.base().cast(event);
        ObjectNode node = MAPPER.valueToTree(e);
        String type = node.remove("type").asText();
        return new Encoded(f.kind(), streamId(f.owner().apply(e)), type, versionOf(type), node.toString());
    }

    /**
     * The event a row holds, raised to today's shape.
     *
     * @throws IllegalArgumentException if the type is not one of the family's, the version is newer than this
     *     codec knows or has no upcaster, or the body does not bind to the type's record
     */
    public Object decode(StreamKind kind, String type, int version, String body) {
        LogFamily<?, ?> f = LogFamily.ALL.stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        checkArgument(f.typeNames().contains(type), "%s is not a %s event", type, kind.code());
        int current = versionOf(type);
        checkArgument(version >= FIRST_VERSION && version <= current,
                "%s version %s is not one this release reads (%s to %s)", type, version, FIRST_VERSION, current);
        try {
            if (version == current && body.startsWith("{")) {
                // Today's shape: bind the text once, the type put first where the mapper looks for it.
                String typed = "{\"type\":" + MAPPER.writeValueAsString(type) + (body.equals("{}") ? "}"
                        : "," + body.substring(1));
                return MAPPER.readValue(typed, f.base());
            }
            ObjectNode node = (ObjectNode) MAPPER.readTree(body);
            for (int v = version; v < current; v++) {
                Upcaster step = upcasters.get(type).get(v);
                checkArgument(step != null, "%s has no upcaster from version %s", type, v);
                node = step.upcast(node);
            }
            ObjectNode typed = MAPPER.createObjectNode().put("type", type);
            typed.setAll(node);
            return MAPPER.treeToValue(typed, f.base());
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException(type + " version " + version + " does not read: " + e.getMessage(), e);
        }
    }

    /** A mode switch as JSON. */
    public String encode(ModeSwitch modeSwitch) {
        return write(modeSwitch);
    }

    /** An audit entry, with its chain, as JSON. */
    public String encode(AuditEntry entry) {
        return write(entry);
    }

    /**
     * A stored mode switch.
     *
     * @throws IllegalArgumentException if the JSON is not a mode switch
     */
    public ModeSwitch decodeModeSwitch(String json) {
        return read(json, ModeSwitch.class);
    }

    /**
     * A stored audit entry.
     *
     * @throws IllegalArgumentException if the JSON is not an audit entry
     */
    public AuditEntry decodeAudit(String json) {
        return read(json, AuditEntry.class);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record of the model is written as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A timeline id's text: every id of the model is a record of one {@code value}. */
    static String streamId(Object id) {
        JsonNode node = MAPPER.valueToTree(id);
        return node.isTextual() ? node.asText() : node.path("value").asText();
    }

    private static LogFamily<?, ?> familyOf(Class<?> type) {
        return LogFamily.ALL.stream().filter(f -> f.base().isAssignableFrom(type)).findFirst().orElse(null);
    }

    private static StreamKind kindOfType(String type) {
        return LogFamily.ALL.stream().filter(f -> f.typeNames().contains(type)).map(LogFamily::kind).findFirst()
                .orElse(null);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    private interface Typed {
    }

    private static ObjectMapper mapper() {
        JsonMapper.Builder b = JsonMapper.builder().addModule(new Jdk8Module()).addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .addMixIn(Actor.class, Typed.class).addMixIn(RoleTarget.class, Typed.class);
        LogFamily.ALL.forEach(f -> b.addMixIn(f.base(), Typed.class));
        JsonMapper m = b.build();
        // The sealed hierarchies name their own subtypes; registering them keeps the type names short and stable.
        // Deliberation events carry their family's prefix (ItemProposed, MeetingCalled), so that no name is shared.
        for (Class<?> sealed : List.of(Actor.class, RoleTarget.class)) {
            for (Class<?> sub : sealed.getPermittedSubclasses()) {
                m.registerSubtypes(new NamedType(sub, sub.getSimpleName()));
            }
        }
        for (LogFamily<?, ?> f : LogFamily.ALL) {
            for (Class<?> sub : f.base().getPermittedSubclasses()) {
                m.registerSubtypes(new NamedType(sub, f.typeName(sub)));
            }
        }
        return m;
    }
}
