package org.gridgov.escalation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.issue.Issue;
import org.gridgov.procedure.StageId;

/**
 * One due item of one issue, for the escalation policy to decide on.
 *
 * @param issue     the issue as it stands
 * @param due       what fell due
 * @param city      the city
 * @param now       the tick's instant
 * @param emergency whether the issue's location is in emergency mode (平急结合) at {@code now}
 * @param stage     the issue's current stage of the city's procedure, if the city has one
 */
public record EscalationRequest(Issue issue, DueItem due, City city, Instant now, boolean emergency,
                                Optional<StageId> stage) {
    public EscalationRequest {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(stage, "stage");
    }
}
