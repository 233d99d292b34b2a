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
        check(unit, context, Set.of(), problems);
    }

    /**
     * Warnings for one unit, except in its rules that start at the given lines of its DRL text (for a table, in the
     * rows they were generated from): those rules are disabled or overridden and never run.
     */
    static void check(Unit unit, PackContext context, Set<Integer> removedRules, List<PackProblem> problems) {
        SourceFile f = unit.origin();
        if (unit.table().isPresent()) {
            DecisionTable t = unit.table().get();
            Set<Integer> skippedRows = new java.util.HashSet<>();
            removedRules.forEach(l -> t.rowOf(l).ifPresent(skippedRows::add));
            for (Map.Entry<String, String> cell : t.snippetsByCell().entrySet()) {
                if (skippedRows.contains(DecisionTable.rowOfCell(cell.getKey()))) {
                    continue;
                }
                for (Bilingual w : findings(cell.getValue(), context)) {
                    problems.add(PackProblem.atCell(PackProblem.Severity.WARNING, f.pack(), f.path(), t.sheet(),
                            cell.getKey(), w));
                }
            }
            return;
        }
        String[] lines = unit.drl().split("\n", -1);
        Set<Integer> skippedLines = extents(unit, removedRules, lines.length);
        for (int i = 0; i < lines.length; i++) {
            if (skippedLines.contains(i + 1)) {
                continue;
            }
            for (Bilingual w : findings(lines[i], context)) {
                problems.add(PackProblem.warning(f.pack(), f.path(), i + 1, w));
            }
        }
    }

    /** The lines of the rules starting at the given lines, each up to the line before the next rule. */
    private static Set<Integer> extents(Unit unit, Set<Integer> starts, int lastLine) {
        List<RuleDecl> decls = RuleDecl.scan(unit);
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < decls.size(); i++) {
            if (starts.contains(decls.get(i).line())) {
                int end = i + 1 < decls.size() ? decls.get(i + 1).line() - 1 : lastLine;
                for (int line = decls.get(i).line(); line <= end; line++) {
                    out.add(line);
                }
            }
        }
        return out;
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
