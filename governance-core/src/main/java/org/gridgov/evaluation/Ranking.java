package org.gridgov.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Scorecards of units of one level in one period, best first, as cities publish them monthly. Equal scores share
 * a rank (1, 2, 2, 4); ties are listed by unit id so the order is reproducible.
 *
 * @param level   the level (or organization type) ranked
 * @param period  the period's label
 * @param entries the ranked entries, best first
 */
public record Ranking(String level, String period, List<Entry> entries) {
    public Ranking {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(period, "period");
        entries = ImmutableList.copyOf(entries);
    }

    /**
     * One ranked unit.
     *
     * @param rank      1 for the best; equal scores share a rank
     * @param scorecard its scorecard
     */
    public record Entry(int rank, Scorecard scorecard) {
        public Entry {
            Objects.requireNonNull(scorecard, "scorecard");
        }
    }

    /**
     * Ranks scorecards of one level and period.
     *
     * @throws IllegalArgumentException if a scorecard is of another period
     */
    public static Ranking of(String level, String period, List<Scorecard> scorecards) {
        List<Scorecard> sorted = new ArrayList<>(scorecards);
        sorted.forEach(s -> {
            if (!s.period().equals(period)) {
                throw new IllegalArgumentException("scorecard of " + s.unit().id() + " is for " + s.period()
                        + ", not " + period);
            }
        });
        sorted.sort(Comparator.comparingDouble(Scorecard::score).reversed()
                .thenComparing(s -> s.unit().id()));
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && sorted.get(i).score() == sorted.get(i - 1).score();
            entries.add(new Entry(tie ? entries.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return new Ranking(level, period, entries);
    }
}
