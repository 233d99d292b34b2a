/**
 * Evaluation: metrics over issue timelines for a scope (a subtree of the jurisdiction, an organization or a
 * person) and a period. {@link org.gridgov.evaluation.Metrics#of} gives a {@link
 * org.gridgov.evaluation.MetricReport} with the cases received and the response, resolution, satisfaction
 * (三率), on-time resolution, reopen, rejected-dispatch, report-in punctuality and callback reach rates, each a
 * {@link org.gridgov.evaluation.Measure} that lists the cases in its numerator and denominator, with excluded
 * cases (不纳入考核) left out and listed apart. A rate over nothing is undefined, never zero. Weights, scorecards
 * and rankings, and the party-member report-in and service rates (which need service records), are not here yet.
 */
package org.gridgov.evaluation;
