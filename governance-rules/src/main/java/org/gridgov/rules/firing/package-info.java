/**
 * Firing rules and remembering what they asked for: rule actions only append proposals to the fact they matched,
 * and a listener cuts the list at each firing ({@link org.gridgov.rules.firing.FiringRecorder}), so that decisions
 * are explained rule by rule without rules naming themselves; pooled sessions
 * ({@link org.gridgov.rules.firing.SessionPool}); firings remembered by case shape
 * ({@link org.gridgov.rules.firing.FiringMemo}); and the budget that stops runaway firing
 * ({@link org.gridgov.rules.firing.FiringBudget}: 10,000 firings per case and 2 s per decision by default).
 */
package org.gridgov.rules.firing;
