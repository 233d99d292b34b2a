package org.gridgov.service;

import java.util.Objects;
import org.gridgov.people.PersonId;

/**
 * One member's line of a statement to their unit (双向反馈).
 *
 * @param member   the member
 * @param services confirmed services in the period
 * @param minutes  their time, in minutes
 */
public record FeedbackLine(PersonId member, int services, long minutes) {
    public FeedbackLine {
        Objects.requireNonNull(member, "member");
    }
}
