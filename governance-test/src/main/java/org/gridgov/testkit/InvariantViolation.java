package org.gridgov.testkit;

/**
 * An invariant of the governance engine that did not hold; the message names the invariant, the issue and the
 * step, in Chinese and English. An {@link AssertionError}, so test frameworks report it as a failure.
 */
public final class InvariantViolation extends AssertionError {
    private static final long serialVersionUID = 1L;

    InvariantViolation(String message) {
        super(message);
    }
}
