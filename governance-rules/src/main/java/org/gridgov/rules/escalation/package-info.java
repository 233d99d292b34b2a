/**
 * Escalation with rule packs: the pack's escalation rules look at an issue with something due and ask for
 * warnings, the whistle (one level up), summons with report-in limits, recorded misses, supervision and new
 * deadlines; {@link org.gridgov.rules.escalation.DroolsEscalationPolicy} turns them into explained actions.
 */
package org.gridgov.rules.escalation;
