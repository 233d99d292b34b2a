package org.gridgov.deliberation;

import java.util.List;
import java.util.Objects;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;

/**
 * A body's score over a period: the sum of its lines.
 *
 * @param body        the body
 * @param score       the points
 * @param lines       each addition or deduction with its rule and reason
 * @param explanation why
 * @param version     the pack that scored
 */
public record BodyScore(BodyId body, double score, List<Line> lines, Explanation explanation,
                        PolicyVersion version) {
    public BodyScore {
        Objects.requireNonNull(body, "body");
        lines = List.copyOf(lines);
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(version, "version");
    }

    /**
     * One addition or deduction.
     *
     * @param rule   the scoring rule
     * @param points added (positive) or taken (negative)
     * @param reason why
     */
    public record Line(String rule, double points, Bilingual reason) {
        public Line {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
