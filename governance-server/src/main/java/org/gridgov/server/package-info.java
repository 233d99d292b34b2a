/**
 * The city's engine as an HTTP service ({@link org.gridgov.server.GridgovServer}): Open311 GeoReport v2, the
 * engine's API, the live dashboard and the health endpoints, on one port, with a tick at the server clock on a
 * schedule.
 */
package org.gridgov.server;
