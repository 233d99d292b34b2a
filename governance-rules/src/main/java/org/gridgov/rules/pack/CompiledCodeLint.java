package org.gridgov.rules.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.sandbox.CodeCheck;
import org.gridgov.rules.sandbox.Refusal;
import org.kie.api.builder.KieModule;

/**
 * Checks what Drools compiled for a pack against the sandbox ({@link CodeCheck}) before any of it is loaded, and
 * puts each refusal where a person wrote it: the rule the generated code belongs to (by the executable model's
 * rule methods), then within the rule the line that names the refused member; a {@code function}, {@code global}
 * or {@code declare} by its name. Decision tables get their cell, DSL files the sentence as written.
 */
final class CompiledCodeLint {
    private CompiledCodeLint() {
    }

    /** True if the compiled code may run; otherwise adds a located error per refusal. */
    static boolean check(String packId, List<Unit> units, KieModule module, List<PackProblem> problems) {
        List<Refusal> refusals = CodeCheck.standard().check(classes(module));
        List<Located> located = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Refusal r : refusals) {
            Located l = locate(packId, units, r);
            PackProblem p = l.problem();
            if (seen.add(p.file() + ":" + p.line() + ":" + p.cell() + ":" + p.message().en())) {
                located.add(l);
            }
        }
        // A type that the source never spells (the return type of a refused call) is only placed at its rule's
        // first line; when the file has refusals at the very place, those say it better.
        java.util.Set<String> exact = new java.util.HashSet<>();
        located.stream().filter(Located::exact).forEach(l -> exact.add(l.problem().file()));
        List<PackProblem> found = new ArrayList<>(located.stream()
                .filter(l -> l.exact() || !exact.contains(l.problem().file())).map(Located::problem).toList());
        if (found.stream().anyMatch(p -> p.line() > 0 || p.cell().isPresent())) {
            // Code Drools generates around a refused construct (the list behind a global) has no place of its
            // own; it goes with the construct. The pack is refused either way.
            found.removeIf(p -> p.line() == 0 && p.cell().isEmpty());
        }
        found.sort(java.util.Comparator.comparing(PackProblem::file).thenComparingInt(PackProblem::line));
        problems.addAll(found);
        return refusals.isEmpty();
    }

    /** The class files Drools generated, by path. */
    static Map<String, byte[]> classes(KieModule module) {
        InternalKieModule km = (InternalKieModule) module;
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (String f : km.getFileNames()) {
            if (f.endsWith(".class")) {
                classes.put(f, km.getBytes(f));
            }
        }
        return classes;
    }

    /** A problem, and whether the refused name was found in the text (not just its rule or file). */
    private record Located(PackProblem problem, boolean exact) {
    }

    private static Located locate(String packId, List<Unit> units, Refusal r) {
        String pkg = r.className().contains("/")
                ? r.className().substring(0, r.className().lastIndexOf('/')).replace('/', '.') : "";
        List<Unit> candidates = units.stream().filter(u -> pkg.startsWith(u.packageName())).toList();
        if (candidates.isEmpty()) {
            candidates = units;
        }
        for (Unit u : candidates) {
            Optional<SourceSearch.Found> f = SourceSearch.declaration(u, r);
            if (f.isPresent()) {
                return at(packId, u, f.get(), null, r);
            }
        }
        for (String rule : r.rules()) {
            for (Unit u : candidates) {
                Optional<RuleDecl> d = RuleDecl.scan(u).stream().filter(x -> x.name().equals(rule)).findFirst();
                if (d.isPresent()) {
                    return at(packId, u, SourceSearch.inRule(u, d.get().line(), r), Bilingual.of(
                            "规则“" + rule + "”", "rule “" + rule + "”"), r);
                }
            }
        }
        for (Unit u : candidates) {
            Optional<SourceSearch.Found> f = SourceSearch.anywhere(u, r);
            if (f.isPresent()) {
                return at(packId, u, f.get(), null, r);
            }
        }
        Unit u = candidates.get(0);
        return at(packId, u, new SourceSearch.Found(0, 0), null, r);
    }

    private static Located at(String packId, Unit u, SourceSearch.Found found, Bilingual where, Refusal r) {
        return new Located(problem(packId, u, found, where, r), found.column() > 0);
    }

    private static PackProblem problem(String packId, Unit u, SourceSearch.Found found, Bilingual where,
                                       Refusal r) {
        SourceFile f = u.origin();
        if (u.table().isPresent()) {
            DecisionTable t = u.table().get();
            // The generated line holds the cell's code: the cell whose snippet it contains.
            Optional<String> cell = (r.method().isEmpty() ? Optional.<String>empty()
                    : t.cellMatching(java.util.regex.Pattern.compile("\\bfunction\\b.*\\b"
                    + java.util.regex.Pattern.quote(r.method()) + "\\s*\\(")))
                    .or(() -> t.cellFor(found.line(), SourceSearch.lineOf(u.drl(), found.line())));
            return new PackProblem(PackProblem.Severity.ERROR, f.pack(), f.path(), 0, Optional.of(t.sheet()),
                    cell, SandboxMessages.of(r, where));
        }
        Bilingual message = SandboxMessages.of(r, where);
        if (f.kind() == SourceFile.Kind.DSLR && found.line() > 0) {
            String sentence = SourceSearch.lineOf(f.text(), found.line()).strip();
            message = Bilingual.of(message.zh() + " (DSL 句子: " + sentence + ")",
                    message.en() + " (DSL sentence: " + sentence + ")");
        }
        // The unit's first line carries the package and imports the loader added: its columns are not the file's.
        boolean shifted = !SourceSearch.lineOf(u.drl(), found.line()).equals(SourceSearch.lineOf(f.text(), found.line()));
        return PackProblem.errorAt(f.pack().isEmpty() ? packId : f.pack(), f.path(), found.line(),
                shifted ? 0 : found.column(), message);
    }
}
