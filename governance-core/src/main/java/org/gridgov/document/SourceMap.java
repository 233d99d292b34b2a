package org.gridgov.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each value of a document starts, by field path ({@code people[3].phone}). Databinding forgets
 * locations, so checks that run on the bound model use this map to point a person at the line.
 *
 * <p>Built by one streaming pass over the text; meant to be built only when there is a problem to report.
 */
public final class SourceMap {
    private final Map<String, int[]> locations;

    private SourceMap(Map<String, int[]> locations) {
        this.locations = locations;
    }

    /** Maps a document's text; a text that does not parse maps what came before the error. */
    public static SourceMap of(ObjectMapper mapper, String text) {
        Map<String, int[]> out = new HashMap<>();
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<int[]> arrayIndex = new ArrayDeque<>();
            String pendingField = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) {
                    pendingField = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    if (t == JsonToken.END_ARRAY) {
                        arrayIndex.pop();
                    }
                    path.pop();
                    continue;
                }
                String parent = path.isEmpty() ? null : path.peek();
                String here;
                if (parent == null) {
                    here = "";
                } else if (pendingField != null) {
                    here = parent.isEmpty() ? pendingField : parent + "." + pendingField;
                } else {
                    here = parent + "[" + arrayIndex.peek()[0]++ + "]";
                }
                pendingField = null;
                JsonLocation loc = p.currentTokenLocation();
                out.put(here, new int[] {loc.getLineNr(), loc.getColumnNr()});
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    path.push(here);
                    if (t == JsonToken.START_ARRAY) {
                        arrayIndex.push(new int[] {0});
                    }
                }
            }
        } catch (IOException e) {
            // Keep what was mapped before the syntax error; the error itself is reported by the reader.
        }
        return new SourceMap(out);
    }

    /**
     * Line and column of the value at a path, or of its nearest mapped parent; {@code {0, 0}} if nothing is.
     */
    public int[] locate(String fieldPath) {
        for (String p = fieldPath; ; p = parentOf(p)) {
            int[] loc = locations.get(p);
            if (loc != null) {
                return loc.clone();
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
        }
    }

    /**
     * This map, with each path also reachable through the canonical names of aliased keys, so that checks which
     * speak of {@code steps[2].expect.case} find the line of a document that wrote {@code 步骤[2].预期.案件}.
     *
     * @param canonicalByAlias for each alias key, the canonical key or keys it may stand for
     * @return a new map; this one is unchanged
     */
    public SourceMap withAliases(Map<String, Set<String>> canonicalByAlias) {
        Map<String, int[]> out = new HashMap<>(locations);
        locations.forEach((path, loc) -> {
            List<String> variants = List.of("");
            for (String segment : path.isEmpty() ? new String[0] : path.split("\\.")) {
                int cut = segment.indexOf('[');
                String key = cut < 0 ? segment : segment.substring(0, cut);
                String index = cut < 0 ? "" : segment.substring(cut);
                Set<String> names = canonicalByAlias.getOrDefault(key, Set.of(key));
                List<String> next = new ArrayList<>();
                for (String prefix : variants) {
                    for (String name : names) {
                        next.add((prefix.isEmpty() ? "" : prefix + ".") + name + index);
                    }
                }
                variants = next;
            }
            variants.forEach(v -> out.putIfAbsent(v, loc));
        });
        return new SourceMap(out);
    }

    /** A problem at a field path, located in this document. */
    public DocumentProblem problem(String file, String fieldPath, org.gridgov.i18n.Bilingual message) {
        int[] loc = locate(fieldPath);
        return new DocumentProblem(file, loc[0], loc[1], fieldPath, message);
    }

    private static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
