/**
 * Routing with rule packs: the pack's rules propose owners for a {@link org.gridgov.rules.facts.RoutingCase};
 * {@link org.gridgov.rules.routing.DroolsRoutingPolicy} chooses between them by documented priority, resolves
 * the winner against the city (level, organization, acting person with A/B backup), falls back so that no
 * issue is left without an owner, and explains every decision.
 */
package org.gridgov.rules.routing;
