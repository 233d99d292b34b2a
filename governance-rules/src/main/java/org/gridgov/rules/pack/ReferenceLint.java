package org.gridgov.rules.pack;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.i18n.Bilingual;

/**
 * Rules that name a category or level the city profile does not have can never fire (or route nowhere): finds
 * the literals in {@code within("…")}, {@code category == "…"}, {@code handleAt("…")}, {@code handleBy("…", …)},
 * {@code atLeast("…")}, {@code coHandle("…", …)}, {@code coHandleFromAlliance("…", …)} and
 * {@code escalateTo("…")}, and warns at their line or cell.
 */
final class ReferenceLint {
    private static final List<Pattern> CATEGORY = List.of(Pattern.compile("\\bwithin\\s*\\(\\s*\"([^\"]*)\""),
            Pattern.compile("\\bcategory\\s*==\\s*\"([^\"]*)\""));
    private static final Pattern LEVEL = Pattern.compile(
            "\\b(?:handleAt|handleBy|atLeast|coHandle|coHandleFromAlliance|escalateTo)\\s*\\(\\s*\"([^\"]*)\"");

    private ReferenceLint() {
    }

    /** Warnings for one unit: by line for DRL and DSLR, by cell for decision tables. */
    static void check(Unit unit, PackContext context, List<PackProblem> problems) {
        SourceFile f = unit.origin();
        if (unit.table().isPresent()) {
            DecisionTable t = unit.table().get();
            for (Map.Entry<String, String> cell : t.snippetsByCell().entrySet()) {
                for (Bilingual w : findings(cell.getValue(), context)) {
                    problems.add(PackProblem.atCell(PackProblem.Severity.WARNING, f.pack(), f.path(), t.sheet(),
                            cell.getKey(), w));
                }
            }
            return;
        }
        String[] lines = unit.drl().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Bilingual w : findings(lines[i], context)) {
                problems.add(PackProblem.warning(f.pack(), f.path(), i + 1, w));
            }
        }
    }

    private static List<Bilingual> findings(String text, PackContext context) {
        java.util.ArrayList<Bilingual> out = new java.util.ArrayList<>();
        if (!context.knownCategories().isEmpty()) {
            for (Pattern p : CATEGORY) {
                for (String c : literals(p, text)) {
                    if (!context.knownCategories().contains(c)) {
                        out.add(Bilingual.of("这条规则永远不会触发: 城市配置中没有类别 " + c,
                                "this rule can never fire: category " + c + " is not in the city profile"));
                    }
                }
            }
        }
        if (!context.knownLevels().isEmpty()) {
            for (String l : literals(LEVEL, text)) {
                if (!context.knownLevels().contains(l)) {
                    out.add(Bilingual.of("城市配置中没有层级 " + l + ", 这条规则的派单无处可去",
                            "level " + l + " is not in the city profile, so this rule routes nowhere"));
                }
            }
        }
        return out;
    }

    private static Set<String> literals(Pattern p, String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
