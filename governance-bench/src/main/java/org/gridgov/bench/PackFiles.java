package org.gridgov.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes synthetic rule packs for the load benchmark: a DRL pack of routing rules, and a pack whose rules are one
 * CSV decision table of many rows, both in the form the base pack uses.
 */
final class PackFiles {
    static final String DRL_FILE = "rules/bench.drl";
    static final String TABLE_FILE = "rules/bench-routing.drl.csv";

    private PackFiles() {
    }

    /** A pack of {@code rules} DRL routing rules, each for its own category, written into a new folder. */
    static Path drlPack(Path parent, int rules) throws IOException {
        Path dir = Files.createDirectories(parent.resolve("bench-drl-" + rules));
        manifest(dir, "bench-drl");
        StringBuilder drl = new StringBuilder("package org.gridgov.packs.bench;\n\n")
                .append("import org.gridgov.rules.facts.RoutingCase;\n\n");
        String[] levels = {"grid", "community", "street", "district"};
        for (int i = 0; i < rules; i++) {
            String c = category(i);
            drl.append(String.format(Locale.ROOT, """
                    rule "规则%04d"
                        @description_zh("%s 类事项由%s承办")
                        @description_en("Issues of %s go to the %s")
                    when
                        $c : RoutingCase( within("%s"), severityRank >= %d )
                    then
                        $c.handleAt("%s");
                    end

                    """, i, c, levels[i % 4], c, levels[i % 4], c, i % 3, levels[i % 4]));
        }
        write(dir.resolve(DRL_FILE), drl.toString());
        return dir;
    }

    /** A pack of one CSV decision table of {@code rows} rows, each routing one category. */
    static Path tablePack(Path parent, int rows) throws IOException {
        Path dir = Files.createDirectories(parent.resolve("bench-table-" + rows));
        manifest(dir, "bench-table");
        StringBuilder csv = new StringBuilder("""
                RuleSet,org.gridgov.packs.bench,,,,,
                Import,org.gridgov.rules.facts.RoutingCase,,,,,
                Notes,按类别派单 / routing by category,,,,,
                ,,,,,,
                RuleTable 按类别派单,,,,,,
                NAME,METADATA,METADATA,METADATA,CONDITION,ACTION,ACTION
                ,,,,$c : RoutingCase,,
                ,priority($param),"description_zh(""$param"")","description_en(""$param"")","within(""$param"")",\
                "$c.handleBy(""$1"", ""$2"");","$c.limit(""$param"");"
                规则名称 / rule,优先级 / priority,说明 / description (zh),description (en),类别 / category,\
                承办层级与组织类型 / level and organization type,时限 / time limit
                """);
        String[] handlers = {"street,city-management", "district,utilities-department", "street,safety-office"};
        for (int i = 0; i < rows; i++) {
            String c = category(i);
            csv.append(String.format(Locale.ROOT, "按类别派单%04d,%d,%s 类事项按表派单,Issues of %s by the table,%s,\"%s\",%d 个工作日%n",
                    i, i % 30, c, c, c, handlers[i % handlers.length], 1 + i % 5));
        }
        write(dir.resolve(TABLE_FILE), csv.toString());
        return dir;
    }

    private static String category(int i) {
        return String.format(Locale.ROOT, "bench-%04d", i);
    }

    private static void manifest(Path dir, String id) throws IOException {
        write(dir.resolve("pack.yaml"), "id: " + id + "\nname: {zh: 基准规则包, en: benchmark pack}\nversion: \"1.0\"\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
