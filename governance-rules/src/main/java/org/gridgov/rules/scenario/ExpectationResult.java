package org.gridgov.rules.scenario;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of one expectation, or of an action the engine refused (which fails the scenario too).
 *
 * @param step    0-based index of the step in the file
 * @param line    the step's line
 * @param at      the step's instant
 * @param caseId  the case concerned, or empty
 * @param passed  whether it held
 * @param message for a failure: what was expected, what happened and the case's timeline, in Chinese and
 *                English; for a pass, a one-line summary
 */
public record ExpectationResult(int step, int line, Instant at, String caseId, boolean passed, String message) {
    public ExpectationResult {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(message, "message");
    }
}
