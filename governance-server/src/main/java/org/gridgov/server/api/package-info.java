/**
 * The engine's own JSON API under {@code /api/v1}, described by {@code openapi.yaml} beside it: every case command
 * with its actor authenticated by an API token and authorized by the city's permissions, the mode switch, a tick
 * at the server's clock, and the queries a command centre and a grid app need (a case with its explained timeline,
 * open cases under a node, due items, a period's ranking with its scorecards).
 */
package org.gridgov.server.api;
