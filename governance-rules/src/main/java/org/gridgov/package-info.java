/**
 * The front door: {@link org.gridgov.GridGov} builds a city's {@link org.gridgov.CityEngine} from its profile and a
 * rule pack, with the pack's procedures, settings and all three policies (routing, escalation, evaluation) wired
 * in. Everything else is reachable from what it returns; hosts that need finer control use the packages below.
 */
package org.gridgov;
