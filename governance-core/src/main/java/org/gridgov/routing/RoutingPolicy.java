package org.gridgov.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides who owns an issue. Implementations (governance-rules implements it with a city's rule pack) must
 * always decide: when no rule matches, a fallback owner (兜底) takes the issue, so that no issue is ever left
 * without an owner or dropped. The owner is always on the issue's own path from its location to the root.
 *
 * <p>Deterministic: the same request gives the same decision. Implementations are safe to call from several
 * threads at once.
 */
@FunctionalInterface
public interface RoutingPolicy {

    /**
     * Routes an issue.
     *
     * @throws IllegalArgumentException if the request names a location, category or channel the city lacks
     */
    RoutingDecision route(RoutingRequest request);

    /**
     * Routes a batch of issues: the same decisions, in the same order, as {@link #route} gives for each request
     * on its own, explanations included. Implementations may decide a batch at once to save per-issue cost; this
     * default routes one request after the other.
     *
     * @return one decision per request, in the order of the requests
     * @throws IllegalArgumentException if a request names a location, category or channel its city lacks; no
     *                                  decision of the batch is returned then
     */
    default List<RoutingDecision> routeAll(List<RoutingRequest> requests) {
        List<RoutingDecision> out = new ArrayList<>(requests.size());
        for (RoutingRequest r : requests) {
            out.add(route(r));
        }
        return out;
    }
}
