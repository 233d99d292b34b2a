package org.gridgov.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which needs and resources of an agreement match: the same category, and a resource at least as large as the need.
 * {@link #suggest} pairs each open need with the smallest open resource that suffices, in list order, so that a
 * community's staff see the matches before they confirm them as projects.
 */
public final class Matching {
    private Matching() {
    }

    /** A suggested pair. */
    public record Pair(String need, String resource) {
    }

    /** Whether a resource answers a need. */
    public static boolean matches(ServiceEvent.Listed need, ServiceEvent.Listed resource) {
        return need.need() && !resource.need() && need.category().equals(resource.category())
                && resource.quantity() >= need.quantity();
    }

    /** Pairs for the needs no project uses yet, each with the smallest unused resource that suffices. */
    public static List<Pair> suggest(Agreement a) {
        List<String> used = new ArrayList<>();
        a.projects().values().forEach(p -> {
            used.add(p.need());
            used.add(p.resource());
        });
        List<Pair> out = new ArrayList<>();
        for (Map.Entry<String, ServiceEvent.Listed> n : a.entries().entrySet()) {
            if (!n.getValue().need() || used.contains(n.getKey())) {
                continue;
            }
            a.entries().entrySet().stream().filter(r -> !used.contains(r.getKey()))
                    .filter(r -> matches(n.getValue(), r.getValue()))
                    .min(java.util.Comparator.comparingInt(r -> r.getValue().quantity()))
                    .ifPresent(r -> {
                        out.add(new Pair(n.getKey(), r.getKey()));
                        used.add(r.getKey());
                    });
        }
        return out;
    }
}
