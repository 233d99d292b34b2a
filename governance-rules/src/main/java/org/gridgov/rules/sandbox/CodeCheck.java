package org.gridgov.rules.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks the classes the Drools executable model generated for a pack, before any of them is loaded: every class,
 * method and field their constant pools name must be on the {@link AllowList} or be generated code itself (which is
 * checked in turn), no method may loop, and generated methods may not call each other in a cycle. What a pack's
 * rules, {@code function}s, {@code declare}d types, queries and decision-table cells compile to is all in these
 * classes, whatever the source looked like (comments, line breaks, unicode escapes, fully qualified names, DSL
 * sentences, the MVEL dialect translated to Java).
 *
 * <p>Thread-safe; each call is independent.
 */
public final class CodeCheck {
    private final AllowList allowList;
    private final ClassLoader loader;

    /**
     * @param allowList what rule code may name
     * @param loader    resolves the library and JDK classes the code names (never initialising them)
     */
    public CodeCheck(AllowList allowList, ClassLoader loader) {
        this.allowList = Objects.requireNonNull(allowList, "allowList");
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** The standard check: the library's allow-list, classes resolved by the library's class loader. */
    public static CodeCheck standard() {
        return new CodeCheck(AllowList.standard(), CodeCheck.class.getClassLoader());
    }

    /**
     * Checks generated class files.
     *
     * @param files class files by path in the KieModule (e.g. {@code p/P12/LambdaPredicate12….class}); entries
     *              whose path does not end in {@code .class} are ignored
     * @return every refusal, in the order of the files and of their constant pools; empty if the code may run
     */
    public List<Refusal> check(Map<String, byte[]> files) {
        Map<String, ClassFile> classes = new LinkedHashMap<>();
        List<Refusal> out = new ArrayList<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".class")) {
                String name = path.substring(0, path.length() - ".class".length());
                try {
                    classes.put(name, ClassFile.read(bytes));
                } catch (IllegalArgumentException e) {
                    out.add(new Refusal(Refusal.Kind.UNREADABLE, name, name, "", Set.of()));
                }
            }
        });
        Attribution attribution = Attribution.of(classes);
        Generated generated = new Generated(classes, allowList, loader);
        for (ClassFile c : classes.values()) {
            checkNames(c, generated, attribution, out);
            checkLoops(c, attribution, out);
        }
        for (CallGraph.Cycle cycle : CallGraph.of(classes).cycles()) {
            out.add(new Refusal(Refusal.Kind.RECURSION, cycle.method(), cycle.className(), cycle.method(),
                    attribution.rulesOf(cycle.className(), cycle.method())));
        }
        return out;
    }

    private void checkNames(ClassFile c, Generated generated, Attribution attribution, List<Refusal> out) {
        Set<String> seen = new LinkedHashSet<>();
        for (String type : c.classes()) {
            if (!generated.isGenerated(type) && !allowList.allowsClass(type) && seen.add(type)) {
                out.add(refusal(Refusal.Kind.TYPE, type.replace('/', '.'), c, attribution.methodNaming(c, type),
                        attribution));
            }
        }
        for (MemberRef ref : c.members()) {
            if (!generated.allows(ref) && seen.add(ref.display() + ref.descriptor())) {
                out.add(refusal(Refusal.Kind.CALL, ref.display(), c, attribution.methodNaming(c, ref), attribution));
            }
        }
    }

    private static void checkLoops(ClassFile c, Attribution attribution, List<Refusal> out) {
        for (ClassFile.Method m : c.methods()) {
            boolean[] loops = {false};
            try {
                walk(m, loops);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                out.add(refusal(Refusal.Kind.UNREADABLE, c.name(), c, m.name(), attribution));
                continue;
            }
            if (loops[0]) {
                out.add(refusal(Refusal.Kind.LOOP, m.name(), c, m.name(), attribution));
            }
        }
    }

    private static void walk(ClassFile.Method m, boolean[] loops) {
        Bytecode.walk(m.code(), new Bytecode.Visitor() {
            @Override
            public void poolReference(int opcode, int index) {
            }

            @Override
            public void branch(int offset, int target) {
                loops[0] |= target <= offset;
            }
        });
    }

    private static Refusal refusal(Refusal.Kind kind, String what, ClassFile c, String method,
                                   Attribution attribution) {
        return new Refusal(kind, what, c.name(), method, attribution.rulesOf(c.name(), method));
    }
}
