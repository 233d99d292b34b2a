package org.gridgov.jurisdiction;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link JurisdictionBuilder#build()} when the nodes given do not form a valid tree. It lists every
 * problem found, each naming its node, so a whole file can be fixed in one pass.
 */
public final class InvalidJurisdictionException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient ImmutableList<JurisdictionProblem> problems;

    public InvalidJurisdictionException(List<JurisdictionProblem> problems) {
        super(problems.size() + " problem(s) in the jurisdiction tree:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem found, in the order the nodes were given. */
    public List<JurisdictionProblem> problems() {
        return problems;
    }
}
