/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) over the engine, in JSON and XML: the city's
 * categories as services, resident and hotline reports in, and their state out — with {@code expected_datetime},
 * the resolve deadline counted in working time, and the detailed stage in {@code status_notes}. Reads are public
 * and masked; a report needs an {@code api_key} naming a principal the city's permissions let report.
 */
package org.gridgov.server.open311;
