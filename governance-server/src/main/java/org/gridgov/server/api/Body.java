package org.gridgov.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.gridgov.server.http.HttpFailure;
import org.gridgov.server.http.Request;

/**
 * A command's JSON body, read strictly: an object, only the fields the command knows (a misspelt field is an
 * error, not ignored), strings where strings are expected; every failure names the field.
 */
final class Body {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode node;
    private final String at;

    private Body(JsonNode node, String at) {
        this.node = node;
        this.at = at;
    }

    /** Reads the body; an empty body is an empty object. */
    static Body of(Request request, Set<String> fields) {
        if (request.body().length == 0) {
            return new Body(JSON.createObjectNode(), "");
        }
        JsonNode node;
        try {
            node = JSON.readTree(request.body());
        } catch (JsonProcessingException e) {
            throw new HttpFailure(400, "bad-json", "请求体不是合法 JSON (第 " + e.getLocation().getLineNr() + " 行)",
                    "the body is not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (java.io.IOException e) {
            throw new HttpFailure(400, "bad-json", "请求体无法读取", "the body cannot be read");
        }
        if (node == null || !node.isObject()) {
            throw new HttpFailure(400, "bad-json", "请求体应为 JSON 对象", "the body is a JSON object");
        }
        return checked(node, fields, "");
    }

    /** The object as a body, after refusing any field it does not know; {@code at} prefixes nested field names. */
    private static Body checked(JsonNode node, Set<String> fields, String at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                throw HttpFailure.badField(at + f, "此命令没有这个字段，可用: " + fields,
                        "this command has no such field; it takes " + fields);
            }
        }
        return new Body(node, at);
    }

    Optional<String> optional(String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw HttpFailure.badField(at + field, "应为字符串", "is a string");
        }
        return v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText().strip());
    }

    String text(String field) {
        return optional(field).orElseThrow(() -> HttpFailure.badField(at + field, "必填", "is required"));
    }

    /** A reason as {@code "text"} (both languages) or {@code {"zh": …, "en": …}}. */
    Bilingual bilingual(String field) {
        JsonNode v = node.get(field);
        if (v != null && v.isObject()) {
            JsonNode zh = v.get("zh");
            JsonNode en = v.get("en");
            if (zh == null || en == null || !zh.isTextual() || !en.isTextual() || zh.asText().isBlank()
                    || en.asText().isBlank()) {
                throw HttpFailure.badField(at + field, "应有 zh 与 en 两个非空字符串", "has non-blank zh and en strings");
            }
            return Bilingual.of(zh.asText(), en.asText());
        }
        String text = text(field);
        return Bilingual.of(text, text);
    }

    List<String> list(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw HttpFailure.badField(at + field, "应为非空字符串数组", "is a non-empty array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw HttpFailure.badField(at + field, "应为非空字符串数组", "is a non-empty array of strings");
            }
            out.add(item.asText().strip());
        }
        return out;
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = text(field);
        try {
            return Enum.valueOf(type, text.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
            throw HttpFailure.badField(at + field, "应为 " + names + " 之一", "is one of " + names);
        }
    }

    /** Whether the field is given (and not null). */
    boolean has(String field) {
        JsonNode v = node.get(field);
        return v != null && !v.isNull();
    }

    /** A whole number at least {@code min}. */
    int integer(String field, int min) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw HttpFailure.badField(at + field, "必填", "is required");
        }
        if (!v.isInt() || v.asInt() < min) {
            throw HttpFailure.badField(at + field, "应为不小于 " + min + " 的整数", "is a whole number of at least " + min);
        }
        return v.asInt();
    }

    /** {@code true} or {@code false}. */
    boolean bool(String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isBoolean()) {
            throw HttpFailure.badField(at + field, "应为 true 或 false", "is true or false");
        }
        return v.asBoolean();
    }

    /** An array of objects, each read as a body of its own with the given fields; empty when absent. */
    List<Body> objects(String field, Set<String> fields) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw HttpFailure.badField(at + field, "应为对象数组", "is an array of objects");
        }
        List<Body> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isObject()) {
                throw HttpFailure.badField(at + field + "[" + i + "]", "应为对象", "is an object");
            }
            out.add(checked(v.get(i), fields, at + field + "[" + i + "]."));
        }
        return out;
    }

    /** An array of strings; empty when absent (unlike {@link #list}, which requires one). */
    List<String> optionalList(String field) {
        return has(field) ? list(field) : List.of();
    }
}
