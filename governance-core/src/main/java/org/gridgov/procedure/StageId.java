package org.gridgov.procedure;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Identifies a stage within its procedure, such as {@code whistle} or {@code report-in}.
 *
 * <p>{@link #ANY} is the wildcard of {@link Transition#from()}; no stage may carry that id.
 *
 * @param value the id, non-blank, without surrounding whitespace
 */
public record StageId(String value) {
    /** The wildcard {@code any}: a transition from it applies in every stage but its own target. */
    public static final StageId ANY = new StageId("any");

    /** @throws IllegalArgumentException if the value is null, blank or has surrounding whitespace */
    public StageId {
        checkArgument(value != null && !value.isBlank(), "a stage id must not be blank");
        checkArgument(value.strip().equals(value), "a stage id has no surrounding whitespace: '%s'", value);
    }

    /** A stage id. */
    public static StageId of(String value) {
        return new StageId(value);
    }

    /** True for the wildcard {@link #ANY}. */
    public boolean isAny() {
        return equals(ANY);
    }

    @Override
    public String toString() {
        return value;
    }
}
