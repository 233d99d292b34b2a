package org.gridgov.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Suggested projects of an agreement: {@link #suggest} pairs each open need with the smallest open resource that
 * answers it, in list order, so that a community's staff see the matches before they confirm them as projects.
 * Whether a resource answers a need is the service policy's decision ({@link ServicePolicy#match}).
 */
public final class Matching {
    private Matching() {
    }

    /** A suggested pair. */
    public record Pair(String need, String resource) {
    }

    /**
     * Pairs for the needs no project uses yet, each with the smallest unused resource that answers it.
     *
     * @param a       the agreement
     * @param answers whether a resource answers a need; asked only with a need first and a resource second
     */
    public static List<Pair> suggest(Agreement a, BiPredicate<ServiceEvent.Listed, ServiceEvent.Listed> answers) {
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
            a.entries().entrySet().stream().filter(r -> !r.getValue().need() && !used.contains(r.getKey()))
                    .filter(r -> answers.test(n.getValue(), r.getValue()))
                    .min(java.util.Comparator.comparingInt(r -> r.getValue().quantity()))
                    .ifPresent(r -> {
                        out.add(new Pair(n.getKey(), r.getKey()));
                        used.add(r.getKey());
                    });
        }
        return out;
    }
}
