package org.gridgov.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when elements given to a builder do not form a valid model. It lists every problem found, each
 * naming its element and field, so that a whole file can be fixed in one pass.
 */
public final class InvalidModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient ImmutableList<Problem> problems;

    /**
     * @param what     what was being built, e.g. {@code jurisdiction tree}
     * @param problems the problems, at least one
     */
    public InvalidModelException(String what, List<Problem> problems) {
        super(problems.size() + " problem(s) in the " + what + ":\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem found, in the order the elements were given. */
    public List<Problem> problems() {
        return problems;
    }
}
