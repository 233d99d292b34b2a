package org.gridgov.rules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentReader;
import org.gridgov.document.Format;
import org.gridgov.document.SourceMap;
import org.gridgov.i18n.Bilingual;

/**
 * What the deliberation and service scenario readers share while reading one file: its problems, located at the
 * field paths they name (the source map built once, on the first problem), the scenario's name and start.
 */
abstract class FileReading {
    static final DocumentReader READER = DocumentReader.strict();

    final String file;
    private final String text;
    private final Map<String, Set<String>> aliases;
    final List<DocumentProblem> problems = new ArrayList<>();
    private SourceMap map;

    FileReading(String file, String text, Map<String, Set<String>> aliases) {
        this.file = file;
        this.text = text;
        this.aliases = aliases;
    }

    /** Whether a file's text has any of these keys at its top level. */
    static boolean hasTopLevel(String file, String text, String... keys) {
        try {
            JsonNode tree = READER.mapper(Format.of(file)).readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
            if (tree == null || !tree.isObject()) {
                return false;
            }
            for (String k : keys) {
                if (tree.has(k)) {
                    return true;
                }
            }
            return false;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    SourceMap map() {
        if (map == null) {
            map = SourceMap.of(READER.mapper(Format.of(file)), text.startsWith("\uFEFF") ? text.substring(1) : text)
                    .withAliases(aliases);
        }
        return map;
    }

    void problem(String path, String zh, String en) {
        problems.add(map().problem(file, path, Bilingual.of(zh, en)));
    }

    /** The scenario's name from its two languages, either standing in for a missing one. */
    Bilingual name(String zh, String en) {
        if (ScenarioReader.blank(zh) && ScenarioReader.blank(en)) {
            problem("name", "缺少必填字段 name", "missing required field 'name'");
            return Bilingual.of("(未命名)", "(unnamed)");
        }
        return Bilingual.of(ScenarioReader.blank(zh) ? en : zh, ScenarioReader.blank(en) ? zh : en);
    }

    /** The start, an instant with an offset; null (reported) if missing or unreadable. */
    Instant start(String t) {
        if (ScenarioReader.blank(t)) {
            problem("start", "缺少必填字段 start", "missing required field 'start'");
            return null;
        }
        try {
            return OffsetDateTime.parse(t.trim()).toInstant();
        } catch (DateTimeException e) {
            problem("start", "时间 '" + t + "' 无效, 应为带时区的 ISO-8601 时间", "instant '" + t
                    + "' is not valid; expected ISO-8601 with an offset");
            return null;
        }
    }

    /** {@code refused} (拒绝) is the one outcome an action step can expect. */
    boolean refused(String path, String outcome) {
        if (outcome != null && List.of("refused", "拒绝").contains(outcome.strip())) {
            return true;
        }
        problem(path + ".expect", "动作步骤只能预期 refused (拒绝)", "an action step can only expect 'refused'");
        return false;
    }
}
