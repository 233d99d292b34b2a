package org.gridgov.evaluation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueId;

/**
 * One addition to or deduction from a unit's score, traceable to the rule that made it and the cases (and, for a
 * per-case line, the event) it rests on.
 *
 * @param rule   the scoring rule
 * @param points the points added (positive) or taken (negative)
 * @param reason why, in Chinese and English
 * @param cases  the cases it rests on: one for a per-case deduction or bonus, the numerator's and denominator's
 *               cases for a rate
 * @param event  for a per-case line, the index of the event in the case's timeline that caused it; -1 otherwise
 */
public record ScoreLine(String rule, double points, Bilingual reason, List<IssueId> cases, int event) {
    public ScoreLine {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        cases = ImmutableList.copyOf(cases);
    }
}
