package org.gridgov.policy;

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
}
