package org.gridgov.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.Lists;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.PolicyVersion;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * Checks and compiles a resolved lineage (the pack first, then its parents) into one KieBase.
 *
 * <p>Overrides and disabled rules: every file of the lineage is compiled, each pack into its own DRL package, so a
 * child's rule may share a name with a parent's; the rules that lose (the parent's version of an overridden rule,
 * every disabled rule) are then removed from the built KieBase. Removing after the build keeps the files exactly as
 * written (their line numbers are the ones in messages) at the cost of compiling a few rules that are dropped.
 */
final class PackCompiler {

    private PackCompiler() {
    }

    /**
     * The context with the level words the lineage's {@code settings.levelAliases} map to known levels, so that a
     * base-pack rule sending to {@code district} is not flagged in a city whose level is called {@code county}.
     */
    private static PackContext withLevelAliases(PackContext context, List<PackFolder> lineage) {
        if (context.knownLevels().isEmpty()) {
            return context;
        }
        java.util.Set<String> levels = new java.util.HashSet<>(context.knownLevels());
        for (PackFolder folder : lineage) {
            folder.manifest().settings().path("levelAliases").fields().forEachRemaining(e -> {
                if (context.knownLevels().contains(e.getValue().asText())) {
                    levels.add(e.getKey());
                }
            });
        }
        return context.withLevels(levels);
    }

    static PackLoadResult compile(List<PackFolder> lineage, String hash, PackContext context) {
        List<PackProblem> problems = new ArrayList<>();
        List<PackFolder> rootFirst = Lists.reverse(lineage);
        Map<String, PackFolder> byId = new HashMap<>();
        List<SourceFile> files = new ArrayList<>();
        for (PackFolder p : rootFirst) {
            byId.put(p.manifest().id(), p);
            // A file too large or too deeply nested for Drools' parsers is refused here, not handed on.
            FileScanner.scan(p.manifest().id(), p.files(), problems).stream()
                    .filter(f -> ShapeLint.check(f, problems)).forEach(files::add);
        }
        files.stream().filter(f -> !f.kind().isTable()).forEach(f -> ImportLint.checkText(f, problems));
        // Imports are only names: the pack is still compiled and its code checked, so that one pass reports both.
        List<PackProblem> importErrors = List.copyOf(problems.stream().filter(PackProblem::isError).toList());

        List<SourceFile> dsls = files.stream().filter(f -> f.kind() == SourceFile.Kind.DSL).toList();
        List<SourceFile> dslrs = files.stream().filter(f -> f.kind() == SourceFile.Kind.DSLR).toList();
        List<DslSentence> sentences = new ArrayList<>();
        dsls.forEach(d -> sentences.addAll(DslSupport.sentences(d, problems)));
        rootFirst.forEach(p -> DslSupport.warnUnused(p.manifest().id(), sentences, dslrs, problems));

        List<Unit> units = new ArrayList<>();
        for (SourceFile f : files) {
            String pkg = byId.get(f.pack()).defaultPackage();
            switch (f.kind()) {
                case DRL -> units.add(Unit.of(f, f.text(), pkg, Optional.empty(), units.size()));
                case DSLR -> DslSupport.expand(f, dsls, problems)
                        .ifPresent(drl -> units.add(Unit.of(f, drl, pkg, Optional.empty(), units.size())));
                case CSV_TABLE, XLSX_TABLE -> tables(f, pkg, units, problems);
                case DSL -> { }
            }
        }

        Map<String, RuleDecl> active = new LinkedHashMap<>();
        List<RuleDecl> removed = new ArrayList<>();
        rules(units, lineage, active, removed, problems);
        SettingsLint.checkMetricKeys(lineage, problems);
        if (context.checksAnything()) {
            PackContext withAliases = withLevelAliases(context, lineage);
            units.forEach(u -> ReferenceLint.check(u, withAliases, removedLines(u, removed), problems));
            SettingsLint.check(lineage, context, withAliases.knownLevels(), problems);
        }
        if (problems.stream().anyMatch(p -> p.isError() && !importErrors.contains(p))) {
            return failed(problems);
        }
        PackFolder self = lineage.get(0);
        Optional<KieBase> built = DroolsBuild.build(self.manifest().id(), units, problems);
        if (built.isEmpty() || !importErrors.isEmpty()) {
            return failed(problems);
        }
        KieBase kieBase = built.get();
        Map<String, RuleInfo> infos = new LinkedHashMap<>();
        try {
            for (RuleDecl d : removed) {
                if (kieBase.getRule(d.unit().packageName(), d.name()) != null) {
                    kieBase.removeRule(d.unit().packageName(), d.name());
                }
            }
            for (RuleDecl d : active.values()) {
                Rule rule = kieBase.getRule(d.unit().packageName(), d.name());
                infos.put(d.name(), info(d, rule));
            }
        } catch (RuntimeException e) {
            problems.add(PackProblem.error(self.manifest().id(), FileScanner.RULES, 0, DroolsMessages.fromException(e)
                    .message()));
            return failed(problems);
        }
        PackManifest effective = effective(lineage);
        CompiledPack pack = new CompiledPack(effective, kieBase,
                new PolicyVersion(effective.id(), effective.version(), hash), infos, problems,
                lineage.stream().map(PackFolder::manifest).toList(),
                lineage.stream().map(f -> (Map<String, byte[]>) f.files()).toList());
        return new PackLoadResult.Loaded(pack);
    }

    private static void tables(SourceFile f, String pkg, List<Unit> units, List<PackProblem> problems) {
        int before = problems.size();
        List<DecisionTable> sheets = DecisionTableReader.read(f, problems);
        if (sheets.isEmpty() && problems.size() == before) {
            problems.add(PackProblem.warning(f.pack(), f.path(), 0, Bilingual.of(
                    "表格里没有 RuleTable, 不含任何规则", "the spreadsheet has no RuleTable, so it holds no rules")));
        }
        for (DecisionTable t : sheets) {
            int errors = (int) problems.stream().filter(PackProblem::isError).count();
            t.check(problems);
            if (problems.stream().filter(PackProblem::isError).count() > errors) {
                continue;
            }
            t.compile(pkg, problems).ifPresent(drl -> units.add(Unit.of(f, drl, pkg, Optional.of(t), units.size())));
        }
    }

    /** Finds duplicates, applies overrides (child over parent, by name) and disabled rules. */
    private static void rules(List<Unit> units, List<PackFolder> lineage, Map<String, RuleDecl> active,
                              List<RuleDecl> removed, List<PackProblem> problems) {
        Map<String, RuleDecl> byPackAndName = new HashMap<>();
        Map<String, RuleDecl> byPackageAndName = new HashMap<>();
        Set<String> allNames = new LinkedHashSet<>();
        for (Unit u : units) {
            for (RuleDecl d : RuleDecl.scan(u)) {
                allNames.add(d.name());
                RuleDecl twin = byPackAndName.putIfAbsent(d.pack() + "\0" + d.name(), d);
                if (twin != null) {
                    problems.add(at(d, Bilingual.of("规则名 \"" + d.name() + "\" 在本包中重复, 另一处在 " + twin.where(),
                            "the rule name \"" + d.name() + "\" is used twice in this pack; the other is at "
                                    + twin.where())));
                    continue;
                }
                RuleDecl samePackage = byPackageAndName.putIfAbsent(u.packageName() + "\0" + d.name(), d);
                if (samePackage != null) {
                    problems.add(at(d, Bilingual.of("规则 \"" + d.name() + "\" 与上级包 " + samePackage.pack()
                                    + " 的同名规则在同一个 package " + u.packageName() + " 中; 要覆盖它, 请删掉本文件的 package 行",
                            "the rule \"" + d.name() + "\" is in the same package " + u.packageName()
                                    + " as the rule of that name in parent pack " + samePackage.pack()
                                    + "; to override it, remove this file's package line")));
                    continue;
                }
                RuleDecl previous = active.put(d.name(), d);
                if (previous != null) {
                    removed.add(previous);
                }
            }
        }
        for (PackFolder p : lineage) {
            for (String name : p.manifest().disabledRules()) {
                if (!allNames.contains(name)) {
                    problems.add(PackProblem.warning(p.manifest().id(), ManifestReader.FILE, lineOf(p, name),
                            Bilingual.of("要停用的规则 \"" + name + "\" 在本包及上级包中不存在",
                                    "the disabled rule \"" + name + "\" does not exist in this pack or its parents")));
                }
                RuleDecl d = active.remove(name);
                if (d != null) {
                    removed.add(d);
                }
            }
        }
    }

    /** The lines of the {@code rule} keywords of a unit's rules that were disabled or overridden. */
    static Set<Integer> removedLines(Unit unit, List<RuleDecl> removed) {
        Set<Integer> out = new java.util.HashSet<>();
        removed.stream().filter(d -> d.unit().equals(unit)).forEach(d -> out.add(d.line()));
        return out;
    }

    private static PackProblem at(RuleDecl d, Bilingual message) {
        SourceFile f = d.unit().origin();
        if (d.unit().table().isPresent()) {
            DecisionTable t = d.unit().table().get();
            return new PackProblem(PackProblem.Severity.ERROR, f.pack(), f.path(), 0, Optional.of(t.sheet()),
                    t.cellFor(d.line(), ""), message);
        }
        return PackProblem.error(f.pack(), f.path(), d.line(), message);
    }

    private static int lineOf(PackFolder p, String text) {
        byte[] yaml = p.files().get(ManifestReader.FILE);
        String[] lines = new String(yaml, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static RuleInfo info(RuleDecl d, Rule rule) {
        Map<String, Object> meta = rule == null ? Map.of() : rule.getMetaData();
        String zh = text(meta.get("description_zh"));
        String en = text(meta.get("description_en"));
        Bilingual description = zh.isBlank() && en.isBlank() ? Bilingual.zh(d.name())
                : Bilingual.of(zh.isBlank() ? en : zh, en.isBlank() ? zh : en);
        int priority = 0;
        try {
            String p = text(meta.get("priority"));
            priority = p.isBlank() ? 0 : Integer.parseInt(p);
        } catch (NumberFormatException e) {
            priority = 0;
        }
        return new RuleInfo(d.name(), d.pack(), d.unit().packageName(), d.unit().origin().path(), description,
                priority);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** This pack's manifest with settings deep-merged child over parent and disabled rules unioned. */
    private static PackManifest effective(List<PackFolder> lineage) {
        PackManifest self = lineage.get(0).manifest();
        ObjectNode settings = null;
        Set<String> disabled = new LinkedHashSet<>();
        for (PackFolder p : Lists.reverse(lineage)) {
            settings = settings == null ? p.manifest().settings().deepCopy() : merge(settings, p.manifest().settings());
            disabled.addAll(p.manifest().disabledRules());
        }
        return new PackManifest(self.id(), self.name(), self.version(), self.extendsPack(), disabled, settings);
    }

    static ObjectNode merge(ObjectNode parent, ObjectNode child) {
        ObjectNode out = parent.deepCopy();
        child.fields().forEachRemaining(e -> {
            JsonNode mine = out.get(e.getKey());
            if (mine instanceof ObjectNode o && e.getValue() instanceof ObjectNode c) {
                out.set(e.getKey(), merge(o, c));
            } else {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return out;
    }

    private static PackLoadResult failed(List<PackProblem> problems) {
        List<PackProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing(p -> p.isError() ? 0 : 1));
        return new PackLoadResult.Failed(sorted);
    }
}
