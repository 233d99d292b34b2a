package org.gridgov.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.gridgov.privacy.Masking;
import org.gridgov.store.EventCodec;

/**
 * Events of items, meetings and service timelines as the API shows them: the stored form (the type, then the
 * event's fields, as the event log and the database hold them) with phone and ID numbers in free text masked, as
 * in a masked export, ids written as plain strings rather than the stored {@code {"value": …}}. One shape for every
 * family, so a client reads a new event type without a new release.
 */
final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventCodec CODEC = EventCodec.current();

    private EventJson() {
    }

    /** Adds each event, in order, to an array. */
    static void addAll(ArrayNode to, List<?> events) {
        events.forEach(e -> to.add(of(e)));
    }

    /** One event. */
    static ObjectNode of(Object event) {
        EventCodec.Encoded encoded = CODEC.encode(event);
        ObjectNode out = JSON.createObjectNode().put("type", encoded.type());
        try {
            out.setAll((ObjectNode) plainIds(JSON.readTree(Masking.text(encoded.body()))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** An object whose only field is a textual {@code value} is an id: its text. */
    private static JsonNode plainIds(JsonNode node) {
        if (node.isObject() && node.size() == 1 && node.path("value").isTextual()) {
            return node.get("value");
        }
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            java.util.List<String> names = new java.util.ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            names.forEach(f -> o.set(f, plainIds(o.get(f))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                ((ArrayNode) node).set(i, plainIds(node.get(i)));
            }
        }
        return node;
    }
}
