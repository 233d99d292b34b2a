package org.gridgov.rules.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What compiled rule code may name: classes, and the methods and fields of each, read from
 * {@code allowed-calls.txt} (one class a line: its name, then its members; {@code *} for every member the class
 * declares itself, {@code !name} to take one out of {@code *}, {@code <init>} for constructors; a class with no
 * members may be named as a type only; a class name ending in {@code *} stands for every class whose name starts
 * so, e.g. the executable model's {@code Block1} … {@code Block31}). Everything else is refused.
 *
 * <p>A member is judged by the class that <em>declares</em> it, found by reflection without initialising any
 * class: {@code $c.getClass()} names {@code RoutingCase.getClass}, which {@code java.lang.Object} declares, so
 * {@code RoutingCase *} does not let it through.
 *
 * <p>Immutable and thread-safe.
 */
public final class AllowList {
    private static final String RESOURCE = "allowed-calls.txt";
    private static final AllowList STANDARD = parse(read());

    private final Map<String, Entry> entries;
    private final Map<String, Entry> prefixes;

    /** The members allowed of one class. */
    private record Entry(boolean all, Set<String> names, Set<String> excluded) {
        boolean allows(String member) {
            return names.contains(member) || all && !excluded.contains(member) && !member.equals("<init>");
        }
    }

    private AllowList(Map<String, Entry> entries, Map<String, Entry> prefixes) {
        this.entries = Map.copyOf(entries);
        this.prefixes = Map.copyOf(prefixes);
    }

    /** The entry for a class (internal name), exact or by prefix; null if the class is not listed. */
    private Entry entry(String internalName) {
        Entry e = entries.get(internalName);
        if (e != null) {
            return e;
        }
        for (Map.Entry<String, Entry> p : prefixes.entrySet()) {
            if (internalName.startsWith(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    /** The library's allow-list, from {@code org/gridgov/rules/sandbox/allowed-calls.txt}. */
    public static AllowList standard() {
        return STANDARD;
    }

    /**
     * Reads an allow-list.
     *
     * @param text lines of {@code class member…}; {@code #} starts a comment
     * @throws IllegalArgumentException if a line names a member before a class, or names a class twice
     */
    public static AllowList parse(String text) {
        Map<String, Entry> entries = new HashMap<>();
        Map<String, Entry> prefixes = new HashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("\\s+");
            boolean all = false;
            Set<String> names = new HashSet<>();
            Set<String> excluded = new HashSet<>();
            for (int w = 1; w < words.length; w++) {
                if (words[w].equals("*")) {
                    all = true;
                } else if (words[w].startsWith("!")) {
                    excluded.add(words[w].substring(1));
                } else {
                    names.add(words[w]);
                }
            }
            String internal = words[0].replace('.', '/');
            Map<String, Entry> into = internal.endsWith("*") ? prefixes : entries;
            if (into.put(internal.replaceAll("\\*$", ""), new Entry(all, names, excluded)) != null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + words[0] + " is listed twice");
            }
        }
        return new AllowList(entries, prefixes);
    }

    /** True if rule code may name the class (internal name, or an array of such a class or of a primitive). */
    public boolean allowsClass(String internalName) {
        String element = internalName;
        while (element.startsWith("[")) {
            element = element.substring(1);
        }
        if (element.length() == 1) {
            return true; // an array of a primitive type
        }
        if (element.startsWith("L") && element.endsWith(";")) {
            element = element.substring(1, element.length() - 1);
        }
        return entry(element) != null;
    }

    /** True if rule code may name the class in dotted form, e.g. an import of {@code java.util.List}. */
    public boolean allowsImport(String dottedName) {
        if (dottedName.endsWith(".*")) {
            String pkg = dottedName.substring(0, dottedName.length() - 2).replace('.', '/') + "/";
            return entries.keySet().stream().anyMatch(k -> k.startsWith(pkg) && k.indexOf('/', pkg.length()) < 0);
        }
        return allowsClass(dottedName.replace('.', '/'));
    }

    /**
     * True if rule code may use the member: the class that declares it is listed with it.
     *
     * @param ref    the reference as compiled
     * @param loader finds the classes the reference names (none is initialised)
     */
    boolean allowsMember(MemberRef ref, ClassLoader loader) {
        if (ref.owner().startsWith("[")) {
            return ref.kind() == MemberRef.Kind.METHOD && ref.name().equals("clone") && allowsClass(ref.owner());
        }
        return declaringClass(ref, loader).map(c -> {
            Entry e = entry(c.getName().replace('.', '/'));
            return e != null && e.allows(ref.name());
        }).orElse(false);
    }

    /** The class that declares the member, searching the owner, its superclasses, then its interfaces. */
    static Optional<Class<?>> declaringClass(MemberRef ref, ClassLoader loader) {
        Class<?> owner;
        try {
            owner = Class.forName(ref.owner().replace('/', '.'), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        if (ref.name().equals("<init>") || ref.name().equals("<clinit>")) {
            return Optional.of(owner);
        }
        Deque<Class<?>> todo = new ArrayDeque<>();
        for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
            if (declares(c, ref)) {
                return Optional.of(c);
            }
            todo.addAll(java.util.List.of(c.getInterfaces()));
        }
        Set<Class<?>> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Class<?> i = todo.poll();
            if (seen.add(i)) {
                if (declares(i, ref)) {
                    return Optional.of(i);
                }
                todo.addAll(java.util.List.of(i.getInterfaces()));
            }
        }
        return Optional.empty();
    }

    private static boolean declares(Class<?> c, MemberRef ref) {
        try {
            if (ref.kind() == MemberRef.Kind.FIELD) {
                for (var f : c.getDeclaredFields()) {
                    if (f.getName().equals(ref.name())) {
                        return true;
                    }
                }
                return false;
            }
            for (var m : c.getDeclaredMethods()) {
                if (m.getName().equals(ref.name()) && MethodType.methodType(m.getReturnType(), m.getParameterTypes())
                        .toMethodDescriptorString().equals(ref.descriptor())) {
                    return true;
                }
            }
            return false;
        } catch (LinkageError e) {
            return false;
        }
    }

    private static String read() {
        try (InputStream in = Objects.requireNonNull(AllowList.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
