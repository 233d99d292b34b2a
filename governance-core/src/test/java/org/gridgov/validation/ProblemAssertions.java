package org.gridgov.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

/** Shared checks for tests of builders that report {@link Problem}s. */
public final class ProblemAssertions {
    private ProblemAssertions() {
    }

    /** The problems a build reports; fails the test if the build succeeds. */
    public static List<Problem> problemsOf(Supplier<?> build) {
        try {
            build.get();
        } catch (InvalidModelException e) {
            return e.problems();
        }
        throw new AssertionError("the builder accepted an invalid model");
    }

    /** Exactly one problem, of this element and field, mentioning a text in both languages. */
    public static void assertOnly(List<Problem> problems, String kind, String id, String field, String mentions) {
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.id()).isEqualTo(id);
        assertThat(p.field()).isEqualTo(field);
        assertThat(p.message().en()).contains(mentions);
        assertThat(p.message().zh()).contains(mentions);
    }
}
