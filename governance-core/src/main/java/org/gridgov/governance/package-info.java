/**
 * The governance engine a host system embeds, one per city: commands (report, accept, reject, check in,
 * consult, resolve, feed back, rate, close), routing on report and rejection, deadlines as timeline data, and
 * deterministic, idempotent ticks that hand what has fallen due to the escalation policy.
 */
package org.gridgov.governance;
