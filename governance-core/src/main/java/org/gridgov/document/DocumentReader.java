package org.gridgov.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.gridgov.i18n.Bilingual;
import org.gridgov.privacy.Masking;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON text into a model with Jackson and turns every Jackson error into a
 * {@link DocumentProblem} with file, line, column, field path and a message in plain words.
 *
 * <p>A strict reader refuses unknown fields, so that a misspelt key in a file a person wrote is reported
 * instead of silently ignored; a lenient one skips them (for data files from outside, such as division
 * exports, that may gain fields).
 *
 * <p><b>Limits</b>, for files from outside: at most {@value #MAX_CODE_POINTS} code points of YAML (SnakeYAML's
 * reader refuses more before anything is built) and {@value #MAX_DEPTH} levels of nesting in either format
 * (Jackson's stream constraints); numbers of at most 1,000 digits and texts of at most 20 million characters
 * (Jackson's defaults). YAML aliases ({@code *name}) are refused with a located problem: Jackson's YAML parser
 * does not expand them but hands over the anchor's name as text, which would turn a shared value into a wrong
 * one without a word, so an alias bomb ("billion laughs") is refused at its first alias too.
 */
public final class DocumentReader {
    /** The most code points a YAML document may have: three mebi, a thousand times the largest shipped profile. */
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    /** The deepest nesting of objects and lists a document may have. */
    public static final int MAX_DEPTH = 64;
    private final ObjectMapper yaml;
    private final ObjectMapper json;

    private DocumentReader(boolean strict) {
        this.yaml = configure(YAMLMapper.builder(YAMLFactory.builder()
                        .loaderOptions(loaderOptions())
                        .streamReadConstraints(constraints())
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .build()), strict);
        this.json = configure(JsonMapper.builder(new com.fasterxml.jackson.core.JsonFactoryBuilder()
                .streamReadConstraints(constraints()).build()), strict);
    }

    /**
     * SnakeYAML's limits. Jackson reads SnakeYAML's events, not its object graph, so of these only the code point
     * limit applies (the others guard SnakeYAML's composer, set as well in case a future version uses it); the
     * nesting is limited by {@link #constraints()}, aliases by {@link #scan}.
     */
    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
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
                // A key given twice would silently keep the last value: a mistake to report at its line.
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
            scan(file, body);
            T value = mapper(Format.of(file)).readValue(body, type);
            if (value == null) {
                throw new DocumentException(List.of(new DocumentProblem(file, 1, 1, "",
                        Bilingual.of("文件是空的", "the file is empty"))));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new DocumentException(List.of(placed(translate(file, e), body,
                    e instanceof UnrecognizedPropertyException u ? u.getPropertyName() : null)));
        }
    }

    /**
     * A problem Jackson gave no place for (a number too long, a value its model cannot take) placed at the line of
     * its field, which the source map finds; unchanged if it had a place or names no field. An unknown field is
     * placed at its key when the map finds a line naming it: for a record Jackson reads the whole object first and
     * reports the place after it.
     */
    private DocumentProblem placed(DocumentProblem p, String body, String unknownKey) {
        if ((p.line() > 0 && unknownKey == null) || p.field().isEmpty()) {
            return p;
        }
        try {
            int[] at = SourceMap.of(mapper(Format.of(p.file())), body).locate(p.field());
            String[] lines = body.split("\n", -1);
            boolean found = at[0] > 0 && (unknownKey == null
                    || (at[0] <= lines.length && lines[at[0] - 1].contains(unknownKey)));
            return found ? new DocumentProblem(p.file(), at[0], at[1], p.field(), p.message()) : p;
        } catch (RuntimeException e) {
            return p; // the map is a courtesy: a text it cannot map keeps the problem as it was
        }
    }

    /**
     * Reads the text's tokens once before it is read into a model: refuses a YAML alias ({@code *name}) at the
     * alias, and a document beyond the limits at the place the limit was reached (Jackson's own error for a limit
     * carries no place).
     *
     * @throws DocumentException at the first alias or where a limit was reached
     * @throws JsonProcessingException if the text does not parse ({@link #read} then reports it as usual)
     */
    private void scan(String file, String body) throws DocumentException, JsonProcessingException {
        try (JsonParser p = mapper(Format.of(file)).getFactory().createParser(body)) {
            try {
                while (p.nextToken() != null) {
                    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                        throw alias(file, p);
                    }
                }
            } catch (StreamConstraintsException e) {
                JsonLocation at = p.currentLocation();
                throw new DocumentException(List.of(new DocumentProblem(file, at.getLineNr(), at.getColumnNr(), "",
                        Bilingual.of("文件超出限制 (嵌套最多 " + MAX_DEPTH + " 层): " + e.getOriginalMessage(),
                                "the file exceeds a limit (at most " + MAX_DEPTH + " levels of nesting): "
                                        + e.getOriginalMessage()))));
            }
        } catch (IOException e) {
            if (e instanceof JsonProcessingException j) {
                throw j;
            }
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static DocumentException alias(String file, JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        String alias = "*" + p.getText();
        return new DocumentException(List.of(new DocumentProblem(file, at.getLineNr(), at.getColumnNr(), "",
                Bilingual.of("不支持 YAML 别名 (" + alias + "): 请把内容直接写出",
                        "YAML aliases (" + alias + ") are not supported: write the value out in full"))));
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
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            String why = e instanceof StreamConstraintsException ? e.getOriginalMessage()
                    : ((StreamConstraintsException) e.getCause()).getOriginalMessage();
            message = Bilingual.of("文件超出限制: " + why, "the file exceeds a limit: " + why);
        } else if (e instanceof StreamReadException || e.getCause() instanceof StreamReadException) {
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
        // A value echoed back may be someone's phone or ID number: problems leave the engine, so mask them.
        message = Bilingual.of(Masking.text(message.zh()), Masking.text(message.en()));
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
