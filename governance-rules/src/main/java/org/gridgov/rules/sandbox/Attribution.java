package org.gridgov.rules.sandbox;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rule a piece of generated code belongs to. The executable model builds each rule in a method of a
 * {@code Rules…RuleMethods} class ({@code D.rule("pkg", "name")…}); the lambda classes (constraints, actions,
 * extractors) a rule method names belong to that rule, and so do the generated classes those name in turn.
 * Code outside rule methods that no rule names (a {@code function}, a {@code declare}d type, a {@code global})
 * belongs to no rule; the pack finds it from the method's or class's name.
 */
final class Attribution {
    private final Map<String, List<MethodRefs>> methods;
    private final Map<String, Set<String>> classRules;

    private Attribution(Map<String, List<MethodRefs>> methods, Map<String, Set<String>> classRules) {
        this.methods = methods;
        this.classRules = classRules;
    }

    static Attribution of(Map<String, ClassFile> classes) {
        Map<String, List<MethodRefs>> methods = new HashMap<>();
        classes.forEach((name, c) -> methods.put(name, c.methods().stream().map(m -> safely(c, m)).toList()));
        Map<String, Set<String>> classRules = new HashMap<>();
        methods.forEach((name, ms) -> ms.stream().filter(m -> m.rule() != null).forEach(m -> m.classes().stream()
                .filter(classes::containsKey).filter(t -> !t.equals(name))
                .forEach(t -> classRules.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(m.rule()))));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Set<String>> e : Map.copyOf(classRules).entrySet()) {
                for (MethodRefs m : methods.getOrDefault(e.getKey(), List.of())) {
                    for (String t : m.classes()) {
                        if (classes.containsKey(t) && !isShared(t) && !t.equals(e.getKey())) {
                            changed |= classRules.computeIfAbsent(t, k -> new LinkedHashSet<>()).addAll(e.getValue());
                        }
                    }
                }
            }
        }
        return new Attribution(methods, classRules);
    }

    /** Classes every rule uses (the model, functions, metadata): naming one does not make it the rule's. */
    private static boolean isShared(String internalName) {
        String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
        return simple.startsWith("Rules") || simple.startsWith("DomainClassesMetadata")
                || simple.startsWith("ProjectModel");
    }

    private static MethodRefs safely(ClassFile c, ClassFile.Method m) {
        try {
            return MethodRefs.of(c, m);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new MethodRefs(m, Set.of(), Set.of(), null, false);
        }
    }

    /** The rules a method of a class belongs to: its own rule for a rule method, else the class's rules. */
    Set<String> rulesOf(String className, String method) {
        for (MethodRefs m : methods.getOrDefault(className, List.of())) {
            if (m.method().name().equals(method) && m.rule() != null) {
                return Set.of(m.rule());
            }
        }
        return classRules.getOrDefault(className, Set.of());
    }

    /** The first method of a class whose instructions name the type, or "" if none does (a bootstrap, a handle). */
    String methodNaming(ClassFile c, String type) {
        return methods.getOrDefault(c.name(), List.of()).stream().filter(m -> m.classes().contains(type))
                .map(m -> m.method().name()).findFirst().orElse("");
    }

    /** The first method of a class whose instructions name the member, or "". */
    String methodNaming(ClassFile c, MemberRef ref) {
        return methods.getOrDefault(c.name(), List.of()).stream().filter(m -> m.members().contains(ref))
                .map(m -> m.method().name()).findFirst().orElse("");
    }

    /** What each method of a class names. */
    List<MethodRefs> methods(String className) {
        return methods.getOrDefault(className, List.of());
    }
}
