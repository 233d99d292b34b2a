/**
 * The city's engine a host system embeds ({@link org.gridgov.engine.CityGovernance}): commands (report, accept,
 * reject, summon, check in, consult, resolve, feed back, rate, exclude, close, note), routing on report and
 * rejection, deadlines as timeline data kept in a {@link org.gridgov.engine.DeadlineIndex}, and deterministic,
 * idempotent ticks that hand what has fallen due to the escalation policy. The engine depends on the policy
 * ports only, never on a rule engine.
 */
package org.gridgov.engine;
