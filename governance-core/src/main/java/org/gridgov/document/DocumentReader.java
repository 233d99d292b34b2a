package org.gridgov.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.stream.Collectors;
import org.gridgov.i18n.Bilingual;

/**
 * Reads YAML or JSON text into a model with Jackson and turns every Jackson error into a
 * {@link DocumentProblem} with file, line, column, field path and a message in plain words.
 *
 * <p>A strict reader refuses unknown fields, so that a misspelt key in a file a person wrote is reported
 * instead of silently ignored; a lenient one skips them (for data files from outside, such as division
 * exports, that may gain fields).
 */
public final class DocumentReader {
    private final ObjectMapper yaml;
    private final ObjectMapper json;

    private DocumentReader(boolean strict) {
        this.yaml = configure(YAMLMapper.builder(YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .build()), strict);
        this.json = configure(JsonMapper.builder(), strict);
    }

    /** A reader that reports unknown fields as problems. */
    public static DocumentReader strict() {
        return new DocumentReader(true);
    }

    /** A reader that skips unknown fields. */
    public static DocumentReader lenient() {
        return new DocumentReader(false);
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>>
            ObjectMapper configure(B builder, boolean strict) {
        return builder
                .addModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Keep offsets as people wrote them (+08:00), so that a profile round-trips unchanged.
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.NON_EMPTY))
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /** The configured mapper for a format, for writing and for {@link SourceMap}. */
    public ObjectMapper mapper(Format format) {
        return format == Format.YAML ? yaml : json;
    }

    /**
     * Reads a whole document.
     *
     * @param file   the file's name, used in problems and to tell the format
     * @param text   the file's content; a leading byte-order mark is ignored
     * @param type   the model type
     * @throws DocumentException with one located problem if the text does not parse or does not fit the type
     */
    public <T> T read(String file, String text, Class<T> type) throws DocumentException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            T value = mapper(Format.of(file)).readValue(body, type);
            if (value == null) {
                throw new DocumentException(List.of(new DocumentProblem(file, 1, 1, "",
                        Bilingual.of("文件是空的", "the file is empty"))));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new DocumentException(List.of(translate(file, e)));
        }
    }

    /** Writes a model as text in the format the file name implies. */
    public String write(String file, Object value) {
        try {
            return mapper(Format.of(file)).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("model could not be written as " + file, e);
        }
    }

    /**
     * A Jackson error, from a mapper or a streaming parser, as a located problem in plain words.
     *
     * @param file the file's name as the user gave it
     */
    public static DocumentProblem locate(String file, JsonProcessingException e) {
        return translate(file, e);
    }

    static DocumentProblem translate(String file, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int column = loc == null ? 0 : loc.getColumnNr();
        String field = "";
        Bilingual message;
        if (e instanceof JsonMappingException m) {
            field = path(m.getPath());
        }
        if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
            // Databind wraps parser errors; the parser's own message says what the syntax needed.
            StreamReadException syntax = e instanceof StreamReadException s ? s : (StreamReadException) e.getCause();
            message = Bilingual.of("语法错误: " + syntax.getOriginalMessage(), "syntax error: " + syntax.getOriginalMessage());
            if (syntax.getLocation() != null) {
                line = syntax.getLocation().getLineNr();
                column = syntax.getLocation().getColumnNr();
            }
        } else if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            message = Bilingual.of("未知字段 '" + u.getPropertyName() + "', 可用字段: " + known,
                    "unknown field '" + u.getPropertyName() + "'; expected one of: " + known);
        } else if (e instanceof InvalidFormatException f) {
            String expected = expectation(f.getTargetType());
            message = Bilingual.of("值 '" + f.getValue() + "' 无效, 应为 " + expected,
                    "value '" + f.getValue() + "' is not valid here; expected " + expected);
        } else if (e instanceof MismatchedInputException mm && mm.getTargetType() != null) {
            String expected = expectation(mm.getTargetType());
            message = Bilingual.of("类型不符, 应为 " + expected + " (" + e.getOriginalMessage() + ")",
                    "wrong kind of value; expected " + expected + " (" + e.getOriginalMessage() + ")");
        } else if (e instanceof JsonMappingException && e.getCause() instanceof IllegalArgumentException iae) {
            message = Bilingual.of("值无效: " + iae.getMessage(), "invalid value: " + iae.getMessage());
        } else {
            message = Bilingual.of("内容无效: " + e.getOriginalMessage(), "invalid content: " + e.getOriginalMessage());
        }
        return new DocumentProblem(file, line, column, field, message);
    }

    private static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date or time in ISO-8601 form (2024-05-23, 2024-05-23T08:30:00+08:00)";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type == String.class) {
            return "a text";
        }
        return type.getSimpleName();
    }

    /** Jackson's reference chain as {@code people[3].phone}. */
    static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
