/**
 * Metrics: rates over issue timelines for a scope (a subtree of the jurisdiction, an organization or a
 * person) and a period. {@link org.gridgov.metrics.Metrics#of} gives a {@link
 * org.gridgov.metrics.MetricReport} with the cases received and the response, resolution, satisfaction
 * (三率), on-time resolution, reopen, rejected-dispatch, report-in punctuality and callback reach rates, each a
 * {@link org.gridgov.metrics.Measure} that lists the cases in its numerator and denominator, with excluded
 * cases (不纳入考核) left out and listed apart. A rate over nothing is undefined, never zero. Weights, scorecards
 * and rankings are in {@code org.gridgov.evaluation}, which builds on these measures.
 */
package org.gridgov.metrics;
