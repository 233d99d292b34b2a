package org.gridgov.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentReader;
import org.gridgov.document.Format;
import org.gridgov.document.SourceMap;
import org.gridgov.i18n.Bilingual;

/** Reads and checks a {@code pack.yaml}; every problem is located at its line. */
final class ManifestReader {
    static final String FILE = "pack.yaml";
    private static final Set<String> KEYS = Set.of("id", "name", "version", "extends", "disabledRules", "settings");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    private static final DocumentReader READER = DocumentReader.strict();

    private ManifestReader() {
    }

    /** The manifest, or empty with the problems added to {@code problems}. */
    static Optional<PackManifest> read(String packLabel, String text, List<PackProblem> problems) {
        ObjectNode root;
        try {
            root = READER.read(FILE, text, ObjectNode.class);
        } catch (DocumentException e) {
            e.problems().forEach(p -> problems.add(of(packLabel, p)));
            return Optional.empty();
        }
        SourceMap map = SourceMap.of(READER.mapper(Format.YAML), text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<PackProblem> found = new ArrayList<>();
        String id = text(root, "id");
        String label = id == null ? packLabel : id;
        root.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                found.add(at(label, map, k, Bilingual.of("未知字段 '" + k + "', 可用字段: " + String.join(", ", sorted()),
                        "unknown field '" + k + "'; expected one of: " + String.join(", ", sorted()))));
            }
        });
        if (id == null || !ID.matcher(id).matches()) {
            found.add(at(label, map, "id", id == null
                    ? Bilingual.of("缺少 id (包的编号, 如 jilin)", "missing 'id' (the pack's id, e.g. jilin)")
                    : Bilingual.of("id '" + id + "' 只能包含字母、数字、- 和 _", "id '" + id
                            + "' may contain only letters, digits, '-' and '_'")));
        }
        String version = text(root, "version");
        if (version == null || version.isBlank()) {
            found.add(at(label, map, "version", Bilingual.of("缺少 version (版本号, 如 \"2024.3\")",
                    "missing 'version' (the pack's version, e.g. \"2024.3\")")));
        }
        Bilingual name = name(root.get("name"), id, label, map, found);
        Optional<String> parent = Optional.empty();
        if (root.has("extends")) {
            String p = text(root, "extends");
            if (p == null || !ID.matcher(p).matches()) {
                found.add(at(label, map, "extends", Bilingual.of("extends 应为上级包的 id",
                        "'extends' must be the id of the parent pack")));
            } else {
                parent = Optional.of(p);
            }
        }
        Set<String> disabled = new LinkedHashSet<>();
        JsonNode d = root.get("disabledRules");
        if (d != null && !d.isNull()) {
            if (!d.isArray()) {
                found.add(at(label, map, "disabledRules", Bilingual.of("disabledRules 应为规则名称列表",
                        "'disabledRules' must be a list of rule names")));
            } else {
                for (int i = 0; i < d.size(); i++) {
                    if (d.get(i).isTextual() && !d.get(i).asText().isBlank()) {
                        disabled.add(d.get(i).asText().strip());
                    } else {
                        found.add(at(label, map, "disabledRules[" + i + "]", Bilingual.of("规则名称应为文字",
                                "a rule name must be a text")));
                    }
                }
            }
        }
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        JsonNode s = root.get("settings");
        if (s != null && !s.isNull()) {
            if (s instanceof ObjectNode o) {
                settings = o;
            } else {
                found.add(at(label, map, "settings", Bilingual.of("settings 应为键值对象", "'settings' must be a mapping")));
            }
        }
        problems.addAll(found);
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PackManifest(id, name, version, parent, disabled, settings));
    }

    private static Bilingual name(JsonNode n, String id, String label, SourceMap map, List<PackProblem> found) {
        String fallback = id == null || id.isBlank() ? "?" : id; // Bilingual refuses an empty name
        if (n == null || n.isNull()) {
            return Bilingual.zh(fallback);
        }
        if (n.isTextual() && !n.asText().isBlank()) {
            return Bilingual.zh(n.asText());
        }
        if (n.isObject()) {
            String zh = n.path("zh").asText("");
            String en = n.path("en").asText("");
            if (!zh.isBlank() || !en.isBlank()) {
                return Bilingual.of(zh.isBlank() ? en : zh, en.isBlank() ? zh : en);
            }
        }
        found.add(at(label, map, "name", Bilingual.of("name 应为 {zh: 中文名, en: English name}",
                "'name' must be {zh: Chinese name, en: English name}")));
        return Bilingual.zh(fallback);
    }

    private static String text(ObjectNode root, String key) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
    }

    private static List<String> sorted() {
        return KEYS.stream().sorted().toList();
    }

    private static PackProblem at(String pack, SourceMap map, String field, Bilingual message) {
        int line = map.locate(field)[0];
        return PackProblem.error(pack, FILE, line == 0 ? 1 : line, message);
    }

    private static PackProblem of(String pack, DocumentProblem p) {
        return PackProblem.error(pack, FILE, p.line(), p.message());
    }
}
