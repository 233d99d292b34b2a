package org.gridgov.rules.pack;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/** What loading a pack gave: a compiled pack, or the problems that keep it from loading. */
public sealed interface PackLoadResult {

    /** Every problem found: for a loaded pack its warnings, for a failed one errors and warnings. */
    List<PackProblem> problems();

    /**
     * The compiled pack.
     *
     * @throws PackLoadException carrying every located problem, if the pack did not load
     */
    default CompiledPack orElseThrow() {
        if (this instanceof Loaded loaded) {
            return loaded.pack();
        }
        throw new PackLoadException(problems());
    }

    /**
     * The pack loaded.
     *
     * @param pack the compiled pack
     */
    record Loaded(CompiledPack pack) implements PackLoadResult {
        /** @throws NullPointerException if the pack is null */
        public Loaded {
            Objects.requireNonNull(pack, "pack");
        }

        @Override
        public List<PackProblem> problems() {
            return pack.warnings();
        }
    }

    /**
     * The pack did not load; it has at least one {@link PackProblem.Severity#ERROR}.
     *
     * @param problems errors and warnings, errors first
     */
    record Failed(List<PackProblem> problems) implements PackLoadResult {
        /** @throws IllegalArgumentException if no problem is an error */
        public Failed {
            problems = ImmutableList.copyOf(problems);
            if (problems.stream().noneMatch(PackProblem::isError)) {
                throw new IllegalArgumentException("a failed load needs at least one error: " + problems);
            }
        }
    }
}
