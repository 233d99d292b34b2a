package org.gridgov.rules.pack;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A pack that did not load, with every located problem: thrown by {@link PackLoadResult#orElseThrow()} and by the
 * door ({@code GridGov}) for hosts that treat a bad pack as a failure rather than a value to inspect. The message
 * lists each problem in English; {@link #describe(Locale)} gives them in Chinese too.
 */
public final class PackLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<PackProblem> problems;

    /** @param problems every problem found, errors first; at least one */
    public PackLoadException(List<PackProblem> problems) {
        super(describe(problems, Locale.ENGLISH));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, errors and warnings. */
    public List<PackProblem> problems() {
        return problems;
    }

    /** Every problem, one a line, in the language of the locale. */
    public String describe(Locale locale) {
        return describe(problems, locale);
    }

    private static String describe(List<PackProblem> problems, Locale locale) {
        long errors = problems.stream().filter(PackProblem::isError).count();
        String head = locale.getLanguage().equals("zh") ? "规则包未能加载, " + errors + " 个错误:"
                : "the rule pack did not load, " + errors + " error(s):";
        return head + problems.stream().map(p -> "\n  " + p.describe(locale)).collect(Collectors.joining());
    }
}
