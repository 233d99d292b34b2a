package org.gridgov.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How scores and ranks of a period would change under another pack version: the same cases scored twice, unit by
 * unit. Units ranked in only one of the two appear with the other side empty.
 *
 * @param level   the level compared
 * @param period  the period
 * @param changes one row per unit, in the order of the new ranking (then units only in the old one)
 */
public record WhatIf(String level, String period, List<Change> changes) {
    public WhatIf {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(period, "period");
        changes = ImmutableList.copyOf(changes);
    }

    /**
     * One unit's scores and ranks before and after.
     *
     * @param unit   the unit
     * @param before its entry under the current pack, if ranked
     * @param after  its entry under the other pack, if ranked
     */
    public record Change(Unit unit, Optional<Ranking.Entry> before, Optional<Ranking.Entry> after) {
        public Change {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        /** The change in score (after − before), when ranked in both. */
        public Optional<Double> scoreDelta() {
            return before.isPresent() && after.isPresent()
                    ? Optional.of(after.get().scorecard().score() - before.get().scorecard().score()) : Optional.empty();
        }

        /** The change in rank (after − before; negative is better), when ranked in both. */
        public Optional<Integer> rankDelta() {
            return before.isPresent() && after.isPresent()
                    ? Optional.of(after.get().rank() - before.get().rank()) : Optional.empty();
        }
    }

    /**
     * Compares two rankings of the same level and period.
     *
     * @throws IllegalArgumentException if the rankings are of different levels or periods
     */
    public static WhatIf compare(Ranking before, Ranking after) {
        if (!before.level().equals(after.level()) || !before.period().equals(after.period())) {
            throw new IllegalArgumentException("a what-if compares one level and period: " + before.level() + " "
                    + before.period() + " vs " + after.level() + " " + after.period());
        }
        Map<String, Ranking.Entry> old = new LinkedHashMap<>();
        before.entries().forEach(e -> old.put(e.scorecard().unit().id(), e));
        List<Change> changes = new ArrayList<>();
        for (Ranking.Entry e : after.entries()) {
            changes.add(new Change(e.scorecard().unit(), Optional.ofNullable(old.remove(e.scorecard().unit().id())),
                    Optional.of(e)));
        }
        old.values().forEach(e -> changes.add(new Change(e.scorecard().unit(), Optional.of(e), Optional.empty())));
        return new WhatIf(before.level(), before.period(), changes);
    }
}
