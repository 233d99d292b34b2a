/**
 * Scoring with rule packs: weighted rates from the pack's settings and per-case deductions and bonuses from its
 * scoring rules, every point traceable to a rule, a case and an event; excluded cases never count against a unit.
 */
package org.gridgov.rules.evaluation;
