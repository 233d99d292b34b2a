/**
 * The registry of active rule packs, one per city, swapped atomically when a new version is loaded so that a
 * decision in progress finishes on the version it started with.
 */
package org.gridgov.rules.registry;
