/**
 * Evaluation (考核): the port a city's pack implements ({@link org.gridgov.evaluation.EvaluationPolicy}) with its
 * own weights, deductions, bonuses, exclusions and grade bands; scorecards whose every point is traceable to a
 * rule, the cases and the event it rests on; rankings per level and period; what-if comparisons.
 */
package org.gridgov.evaluation;
