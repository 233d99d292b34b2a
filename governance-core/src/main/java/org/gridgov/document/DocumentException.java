package org.gridgov.document;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file could not be read into a model. Lists every problem found, each with file, line and field path.
 * Callers show {@link #problems()} to the person who wrote the file; no stack trace is meant for them.
 */
public final class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient ImmutableList<DocumentProblem> problems;

    /** @param problems at least one problem */
    public DocumentException(List<DocumentProblem> problems) {
        super(problems.stream().map(DocumentProblem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a document exception needs at least one problem");
        }
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Every problem, in file order where known. */
    public List<DocumentProblem> problems() {
        return problems;
    }
}
