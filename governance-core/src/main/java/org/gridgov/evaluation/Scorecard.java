package org.gridgov.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.PolicyVersion;

/**
 * A unit's score for a period with its breakdown: the score is the sum of its lines, each traceable to cases.
 *
 * @param unit    the unit
 * @param period  the period's label, e.g. {@code 2024-05}
 * @param lines   every point added or taken
 * @param grade   the grade band the score falls in (优秀、良好、合格、不合格…), if the policy has bands
 * @param noCases true if the unit had no case in the period (the policy's zero-case handling decided the score)
 * @param policy  the pack version that scored
 */
public record Scorecard(Unit unit, String period, List<ScoreLine> lines, Optional<Bilingual> grade, boolean noCases,
                        PolicyVersion policy) {
    public Scorecard {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        lines = ImmutableList.copyOf(lines);
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(policy, "policy");
    }

    /** The score: the sum of the lines. */
    public double score() {
        return lines.stream().mapToDouble(ScoreLine::points).sum();
    }
}
