package org.gridgov.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gridgov.i18n.Bilingual;

/**
 * Rules that name something the city profile does not have can never fire, or place their case nowhere: finds
 * the literals a rule gives for a category ({@code within("…")}, {@code category == "…"}), a level
 * ({@code handleAt}, {@code handleBy}, {@code atLeast}, {@code coHandle}, {@code coHandleFromAlliance},
 * {@code escalateTo}, {@code summon}, {@code summonAlliance}, {@code hasLevel}, {@code locationLevel == "…"},
 * {@code ownerLevel == "…"}), an organization type (the second argument of {@code handleBy}, {@code coHandle},
 * {@code coHandleFromAlliance} and {@code summon}), a role (the third of {@code handleBy}), a layer
 * ({@code inLayer}, {@code layer == "…"}) and a channel ({@code channel == "…"}), and warns at their line or cell.
 * A kind of name the context does not know (an empty set) is not checked.
 */
final class ReferenceLint {
    /** One kind of name a rule can give, where it gives it, and what the city knows of it. */
    private record Kind(List<Pattern> patterns, Function<PackContext, Set<String>> known, String zh, String en,
                        String enPlural, boolean condition) {
        Bilingual finding(String name, Set<String> known) {
            String zhKnown = String.join("、", sample(known));
            String enKnown = String.join(", ", sample(known));
            return condition
                    ? Bilingual.of("这条规则永远不会触发: 城市配置中没有" + zh + " " + name + "（本市" + zh + ": " + zhKnown + "）",
                            "this rule can never fire: " + en + " " + name + " is not in the city profile (its "
                                    + enPlural + ": " + enKnown + ")")
                    : Bilingual.of("城市配置中没有" + zh + " " + name + ", 这条规则的派单无处可去（本市" + zh + ": " + zhKnown + "）",
                            en + " " + name + " is not in the city profile, so this rule routes nowhere (its " + enPlural
                                    + ": " + enKnown + ")");
        }
    }

    private static final String ARG = "\\s*\"[^\"]*\"\\s*,";
    private static final List<Kind> KINDS = List.of(
            new Kind(List.of(Pattern.compile("\\bwithin\\s*\\(\\s*\"([^\"]*)\""),
                    Pattern.compile("\\bcategory\\s*==\\s*\"([^\"]*)\"")),
                    PackContext::knownCategories, "类别", "category", "categories", true),
            new Kind(List.of(Pattern.compile("\\b(?:handleAt|handleBy|atLeast|coHandle|coHandleFromAlliance|escalateTo"
                            + "|summon|summonAlliance)\\s*\\(\\s*\"([^\"]*)\"")),
                    PackContext::knownLevels, "层级", "level", "levels", false),
            new Kind(List.of(Pattern.compile("\\bhasLevel\\s*\\(\\s*\"([^\"]*)\""),
                    Pattern.compile("\\b(?:locationLevel|ownerLevel)\\s*==\\s*\"([^\"]*)\"")),
                    PackContext::knownLevels, "层级", "level", "levels", true),
            new Kind(List.of(Pattern.compile("\\b(?:handleBy|coHandle|coHandleFromAlliance|summon)\\s*\\(" + ARG
                            + "\\s*\"([^\"]*)\"")),
                    PackContext::knownOrganizationTypes, "组织类型", "organization type", "organization types", false),
            new Kind(List.of(Pattern.compile("\\bhandleBy\\s*\\(" + ARG + ARG + "\\s*\"([^\"]*)\"")),
                    PackContext::knownRoles, "角色", "role", "roles", false),
            new Kind(List.of(Pattern.compile("\\binLayer\\s*\\(\\s*\"([^\"]*)\""),
                    Pattern.compile("\\blayer\\s*==\\s*\"([^\"]*)\"")),
                    PackContext::knownLayers, "图层", "layer", "layers", true),
            new Kind(List.of(Pattern.compile("\\bchannel\\s*==\\s*\"([^\"]*)\"")),
                    PackContext::knownChannels, "渠道", "channel", "channels", true));
    private static final int SAMPLE = 12;

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
        List<Bilingual> out = new ArrayList<>();
        for (Kind kind : KINDS) {
            Set<String> known = kind.known().apply(context);
            if (known.isEmpty()) {
                continue;
            }
            for (Pattern p : kind.patterns()) {
                for (String name : literals(p, text)) {
                    if (!name.isBlank() && !known.contains(name)) { // a blank cell or argument names nothing
                        out.add(kind.finding(name, known));
                    }
                }
            }
        }
        return out;
    }

    /** The first known names in order, so that a long vocabulary does not flood the message. */
    private static List<String> sample(Set<String> known) {
        List<String> sorted = new TreeSet<>(known).stream().limit(SAMPLE).collect(Collectors.toCollection(ArrayList::new));
        if (known.size() > SAMPLE) {
            sorted.add("…");
        }
        return sorted;
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
