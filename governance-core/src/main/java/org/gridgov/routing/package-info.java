/**
 * Routing (分拨/派单): the port that decides who owns an issue ({@link org.gridgov.routing.RoutingPolicy}), its
 * request and its decision. The core defines the port; governance-rules implements it with a city's rule pack.
 */
package org.gridgov.routing;
