package org.gridgov.division;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridgov.document.DocumentProblem;
import org.gridgov.document.DocumentReader;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.DivisionCode;

/**
 * Reads one division file as a stream of tokens, checks every division where it stands and hands the valid
 * ones to a sink in preorder. A country's file is 80 MB: bound to objects first it took seconds and a gigabyte
 * before its first problem could be reported; streamed, the reader holds one path of the tree at a time.
 * Problems carry the line and column the parser is at; after {@value #MAX_PROBLEMS} the rest are counted.
 */
final class DivisionScanner {
    static final int MAX_PROBLEMS = 100;
    private static final String COUNTRY_ID = "CN";

    private final String file;
    private final JsonParser parser;
    private final DivisionSink sink;
    private final List<DocumentProblem> problems = new ArrayList<>();
    private final Map<DivisionLevel, Integer> counts = new EnumMap<>(DivisionLevel.class);
    /** Child index at each depth, to name a field path only when a problem needs it. */
    private final List<Integer> trail = new ArrayList<>();
    private int unlisted;
    private int placeholders;
    private String source = "";
    private String license = "";
    private final List<String> ancestors = new ArrayList<>();
    private String rootName;

    DivisionScanner(String file, JsonParser parser, DivisionSink sink) {
        this.file = file;
        this.parser = parser;
        this.sink = sink;
    }

    /** The whole file, or every problem found in it. */
    DivisionData scan() throws org.gridgov.document.DocumentException {
        try {
            document();
        } catch (JsonProcessingException e) {
            add(DocumentReader.locate(file, e));
        } catch (IOException e) {
            add(new DocumentProblem(file, 0, 0, "", Bilingual.of("无法读取区划文件: " + e.getMessage(),
                    "cannot read the division file: " + e.getMessage())));
        }
        if (problems.isEmpty() && rootName == null) {
            add(new DocumentProblem(file, 1, 1, "tree", Bilingual.of("缺少字段 tree", "missing field 'tree'")));
        }
        if (!problems.isEmpty()) {
            List<DocumentProblem> all = new ArrayList<>(problems);
            if (unlisted > 0) {
                all.add(new DocumentProblem(file, 0, 0, "", Bilingual.of("另有 " + unlisted + " 处问题未列出",
                        "and " + unlisted + " more problems not listed")));
            }
            throw new org.gridgov.document.DocumentException(all);
        }
        ancestors.remove(rootName);
        return new DivisionData(source, license, ancestors, rootName, counts, placeholders);
    }

    private void document() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            problemHere("", "区划文件应为 JSON 对象 {meta, path, tree}", "a division file is a JSON object {meta, path, tree}");
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "meta" -> meta();
                case "path" -> path();
                case "tree" -> {
                    rootName = "";
                    node(null);
                }
                default -> parser.skipChildren();
            }
        }
    }

    private void meta() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken t = parser.nextToken();
            if (t.isScalarValue() && field.equals("source")) {
                source = parser.getText();
            } else if (t.isScalarValue() && field.equals("license")) {
                license = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
    }

    private void path() throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken t = parser.nextToken();
                if (t.isScalarValue() && field.equals("name")) {
                    ancestors.add(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** The fields of one division as they are met, with where each value stands. */
    private static final class Fields {
        String id;
        String code;
        String name;
        String level;
        String kind = "";
        JsonLocation codeAt;
        JsonLocation levelAt;
        JsonLocation start;
    }

    private void node(DivisionEntry parent) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            problemHere(path(""), "区划节点应为对象 {code, name, level, children}",
                    "a division is an object {code, name, level, children}");
            parser.skipChildren();
            return;
        }
        Fields f = new Fields();
        f.start = parser.currentTokenLocation();
        boolean done = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken t = parser.nextToken();
            if (field.equals("children")) {
                DivisionEntry self = done ? null : check(f, parent);
                done = true;
                children(self);
            } else if (t.isScalarValue()) {
                scalar(f, field);
            } else {
                parser.skipChildren();
            }
        }
        if (!done) {
            check(f, parent);
        }
    }

    private void scalar(Fields f, String field) throws IOException {
        String text = parser.getCurrentToken() == JsonToken.VALUE_NULL ? null : parser.getText();
        switch (field) {
            case "id" -> f.id = text;
            case "code" -> {
                f.code = text;
                f.codeAt = parser.currentTokenLocation();
            }
            case "name" -> f.name = text;
            case "level" -> {
                f.level = text;
                f.levelAt = parser.currentTokenLocation();
            }
            case "kind" -> f.kind = text == null ? "" : text;
            default -> { }
        }
    }

    private void children(DivisionEntry self) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            problemHere(path("children"), "children 应为数组", "'children' must be an array");
            parser.skipChildren();
            return;
        }
        if (self == null) {
            parser.skipChildren(); // below a division that is itself wrong: its problem is reported
            return;
        }
        trail.add(0);
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            trail.set(trail.size() - 1, i++);
            node(self);
        }
        trail.remove(trail.size() - 1);
    }

    /** Checks a division's fields; hands it to the sink if all is well so far and returns it, else null. */
    private DivisionEntry check(Fields f, DivisionEntry parent) {
        int before = problems.size() + unlisted;
        DivisionLevel level = level(f, parent);
        DivisionCode code = level == null ? null : code(f, level, parent);
        if (f.name == null || f.name.isBlank()) {
            problemAt(f.start, path("name"), "缺少名称 name (须写在 children 之前)",
                    "missing 'name' (it must come before 'children')");
        }
        if (problems.size() + unlisted > before || level == null || (level.hasCode() && code == null)) {
            return null;
        }
        String kind = Placeholders.isPlaceholder(f.name, level, f.code, parent) ? Placeholders.KIND : f.kind;
        String id = code != null ? code.value() : f.id != null && !f.id.isBlank() ? f.id : COUNTRY_ID;
        DivisionEntry entry = new DivisionEntry(id, Optional.ofNullable(code), f.name, level, kind);
        counts.merge(level, 1, Integer::sum);
        if (entry.isPlaceholder()) {
            placeholders++;
        }
        if (parent == null) {
            rootName = f.name;
        }
        if (problems.isEmpty()) {
            sink.accept(entry, parent);
        }
        return entry;
    }

    private DivisionLevel level(Fields f, DivisionEntry parent) {
        if (f.level == null) {
            problemAt(f.start, path("level"), "缺少层级 level (须写在 children 之前)",
                    "missing 'level' (it must come before 'children')");
            return null;
        }
        DivisionLevel level;
        try {
            level = DivisionLevel.valueOf(f.level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problemAt(f.levelAt, path("level"), "层级 '" + f.level
                    + "' 无效, 应为 country/province/city/county/street/community", "level '" + f.level
                    + "' is not one of country, province, city, county, street, community");
            return null;
        }
        if (parent != null && level.compareTo(parent.level()) <= 0) {
            problemAt(f.levelAt, path("level"), "层级 " + level.key() + " 不低于上级的层级 " + parent.level().key(),
                    "level " + level.key() + " is not below its parent's level " + parent.level().key());
            return null;
        }
        return level;
    }

    private DivisionCode code(Fields f, DivisionLevel level, DivisionEntry parent) {
        if (!level.hasCode()) {
            if (f.code != null) {
                problemAt(f.codeAt, path("code"), "国家层级没有区划代码, 请删去 code 或改用 id",
                        "the country level has no division code: remove 'code' or give an 'id'");
            }
            return null;
        }
        DivisionCode code;
        try {
            code = new DivisionCode(f.code);
        } catch (IllegalArgumentException e) {
            problemAt(f.codeAt == null ? f.start : f.codeAt, path("code"), "区划代码 '" + f.code
                    + "' 无效, 应为 2/4/6/9/12 位数字", "code '" + f.code + "' is not 2, 4, 6, 9 or 12 digits");
            return null;
        }
        if (code.value().length() != level.codeLength()) {
            problemAt(f.codeAt, path("code"), "代码 " + code + " 的位数与层级 " + level.key() + " 不符",
                    "code " + code + " does not have the " + level.codeLength() + " digits of level " + level.key());
            return null;
        }
        if (parent != null && parent.code().isPresent() && !parent.code().get().contains(code)) {
            problemAt(f.codeAt, path("code"), "代码 " + code + " 不在上级 " + parent.code().get() + " 之下",
                    "code " + code + " does not extend its parent's code " + parent.code().get());
            return null;
        }
        return code;
    }

    /** {@code tree.children[0].children[3].code}: made only for a problem. */
    private String path(String field) {
        StringBuilder b = new StringBuilder("tree");
        for (int i : trail) {
            b.append(".children[").append(i).append(']');
        }
        return field.isEmpty() ? b.toString() : b.append('.').append(field).toString();
    }

    private void problemHere(String field, String zh, String en) {
        problemAt(parser.currentTokenLocation(), field, zh, en);
    }

    private void problemAt(JsonLocation at, String field, String zh, String en) {
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        add(new DocumentProblem(file, Math.max(line, 0), Math.max(column, 0), field, Bilingual.of(zh, en)));
    }

    private void add(DocumentProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        } else {
            unlisted++;
        }
    }
}
