package org.gridgov.report;

import java.util.Objects;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.BodyRecord;
import org.gridgov.deliberation.BodyScore;

/**
 * One deliberating body in an evaluation report: what it did in the period and what the pack's rules scored it.
 *
 * @param body   the body
 * @param record its record over the period: meetings, items tabled and decided, on time, reported back, ratings
 * @param score  its score with the lines that make it up
 */
public record DeliberationSummary(Body body, BodyRecord record, BodyScore score) {
    public DeliberationSummary {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(score, "score");
    }
}
