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
        List<PackProblem> found = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Refusal r : refusals) {
            PackProblem p = locate(packId, units, r);
            if (seen.add(p.file() + ":" + p.line() + ":" + p.cell() + ":" + p.message().en())) {
                found.add(p);
            }
        }
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

    private static PackProblem locate(String packId, List<Unit> units, Refusal r) {
        String pkg = r.className().contains("/")
                ? r.className().substring(0, r.className().lastIndexOf('/')).replace('/', '.') : "";
        List<Unit> candidates = units.stream().filter(u -> pkg.startsWith(u.packageName())).toList();
        if (candidates.isEmpty()) {
            candidates = units;
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
            Optional<SourceSearch.Found> f = SourceSearch.declaration(u, r);
            if (f.isPresent()) {
                return at(packId, u, f.get(), null, r);
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

    private static PackProblem at(String packId, Unit u, SourceSearch.Found found, Bilingual where, Refusal r) {
        SourceFile f = u.origin();
        if (u.table().isPresent()) {
            DecisionTable t = u.table().get();
            return new PackProblem(PackProblem.Severity.ERROR, f.pack(), f.path(), 0, Optional.of(t.sheet()),
                    t.cellFor(found.line(), r.simpleName()), SandboxMessages.of(r, where));
        }
        Bilingual message = SandboxMessages.of(r, where);
        if (f.kind() == SourceFile.Kind.DSLR && found.line() > 0) {
            String sentence = SourceSearch.lineOf(f.text(), found.line()).strip();
            message = Bilingual.of(message.zh() + " (DSL 句子: " + sentence + ")",
                    message.en() + " (DSL sentence: " + sentence + ")");
        }
        return PackProblem.errorAt(f.pack().isEmpty() ? packId : f.pack(), f.path(), found.line(), found.column(),
                message);
    }
}
