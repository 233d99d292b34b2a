package org.gridgov.rules.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which generated methods call which, to refuse recursion (a {@code function} calling itself, or two calling
 * each other): with no loops and no cycles, every call of rule code ends after a bounded number of steps. A
 * method that creates lambdas is taken to call every lambda body of its class.
 */
final class CallGraph {
    /** One method on a cycle. */
    record Cycle(String className, String method) {
    }

    private final Map<String, Set<String>> edges;

    private CallGraph(Map<String, Set<String>> edges) {
        this.edges = edges;
    }

    static CallGraph of(Map<String, ClassFile> classes) {
        Map<String, Set<String>> edges = new HashMap<>();
        for (ClassFile c : classes.values()) {
            for (ClassFile.Method m : c.methods()) {
                MethodRefs refs;
                try {
                    refs = MethodRefs.of(c, m);
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    continue; // refused as unreadable elsewhere
                }
                Set<String> to = edges.computeIfAbsent(key(c.name(), m.name(), m.descriptor()), k -> new HashSet<>());
                refs.members().stream().filter(r -> r.kind() == MemberRef.Kind.METHOD && classes.containsKey(r.owner()))
                        .forEach(r -> to.add(key(r.owner(), r.name(), r.descriptor())));
                if (refs.indy()) {
                    c.methods().stream().filter(l -> l.name().startsWith("lambda$"))
                            .forEach(l -> to.add(key(c.name(), l.name(), l.descriptor())));
                }
            }
        }
        return new CallGraph(edges);
    }

    private static String key(String owner, String name, String descriptor) {
        return owner + "\0" + name + "\0" + descriptor;
    }

    /** One method of each cycle found (each method on a cycle at most once). */
    List<Cycle> cycles() {
        List<Cycle> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String start : edges.keySet()) {
            if (!done.contains(start)) {
                visit(start, new HashSet<>(), new ArrayList<>(), done, reported, out);
            }
        }
        return out;
    }

    private void visit(String node, Set<String> onPath, List<String> path, Set<String> done, Set<String> reported,
                       List<Cycle> out) {
        onPath.add(node);
        path.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (onPath.contains(next)) {
                if (reported.add(next)) {
                    String[] parts = next.split("\0");
                    out.add(new Cycle(parts[0], parts[1]));
                }
            } else if (!done.contains(next)) {
                visit(next, onPath, path, done, reported, out);
            }
        }
        onPath.remove(node);
        path.remove(path.size() - 1);
        done.add(node);
    }
}
