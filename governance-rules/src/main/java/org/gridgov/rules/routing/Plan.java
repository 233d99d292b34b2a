package org.gridgov.rules.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.firing.Firing;
import org.gridgov.rules.firing.FiringMemo;
import org.gridgov.rules.runtime.ActivePack;

/**
 * What deciding derives from the firings of a case shape alone, for one city's caches, made once per shape: owner
 * proposals in the order they are tried, level floors, limits in the order they are tried, each firing's
 * description, and whether any rule asked for co-handlers.
 */
record Plan(Object scope, List<Proposed> handles, List<Proposed> atLeast, List<Proposed> limits,
            List<Bilingual> descriptions, boolean coHandling) {

    static Plan of(ActivePack pack, FiringMemo.Fired fired, OwnerResolver resolver) {
        // Owner questions are numbered by the resolver's city-wide caches: a plan holds for those caches only (a
        // policy that routes for several cities makes them again when it goes back to a city).
        if (fired.plan() instanceof Plan known && known.scope() == resolver.scope()) {
            return known;
        }
        List<Proposed> handles = new ArrayList<>();
        List<Proposed> atLeast = new ArrayList<>();
        List<Proposed> limits = new ArrayList<>();
        List<Bilingual> descriptions = new ArrayList<>();
        boolean co = false;
        int order = 0;
        for (Firing f : fired.firings()) {
            int priority = pack.priority(f.rule());
            descriptions.add(pack.description(f.rule()));
            for (Proposal pr : f.proposals()) {
                Proposed x = new Proposed(f, pr, priority, order++);
                switch (pr.kind()) {
                    case HANDLE -> handles.add(x.numbered(resolver));
                    case AT_LEAST -> atLeast.add(x);
                    case LIMIT -> limits.add(x);
                    case CO_HANDLE, CO_HANDLE_ALLIANCE -> co = true;
                }
            }
        }
        // The rank of a level word is the city's, so this order holds for every location of the city.
        handles.sort(Comparator.comparingInt(Proposed::priority).reversed()
                .thenComparing(Comparator.comparingInt((Proposed x) ->
                        resolver.rank(x.proposal().level()).orElse(-1)).reversed())
                .thenComparingInt(Proposed::order));
        limits.sort(Comparator.comparingInt(Proposed::priority).reversed().thenComparingInt(Proposed::order));
        Plan plan = new Plan(resolver.scope(), List.copyOf(handles), List.copyOf(atLeast), List.copyOf(limits),
                List.copyOf(descriptions), co);
        fired.plan(plan);
        return plan;
    }
}
