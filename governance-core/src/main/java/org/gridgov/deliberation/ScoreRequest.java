package org.gridgov.deliberation;

import java.util.Objects;

/**
 * A body's record over a period, to be scored.
 *
 * @param body   the body
 * @param record what it did
 */
public record ScoreRequest(Body body, BodyRecord record) {
    public ScoreRequest {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(record, "record");
    }
}
