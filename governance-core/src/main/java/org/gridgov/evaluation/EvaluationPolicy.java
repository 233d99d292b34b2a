package org.gridgov.evaluation;

/**
 * Scores a unit for a period: weights of the rates, deductions and bonuses per case and event (扣分、加分),
 * exclusions (不纳入考核), zero-case handling and grade bands, as a city's pack says. governance-rules implements
 * it with the pack's rules.
 *
 * <p>Contract: the scorecard's score is the sum of its lines; every line names its rule and the cases it rests on;
 * a case a reviewer excluded never lowers the score. Deterministic and thread-safe.
 */
@FunctionalInterface
public interface EvaluationPolicy {

    /** Scores one unit. */
    Scorecard score(EvaluationRequest request);
}
