package org.gridgov.deliberation;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.time.TimeLimit;

/**
 * What the agenda rules said about an item.
 *
 * @param mustTake         the kind of body that must take it (a matter touching several parties: the five-party
 *                         council); empty when any body may, or none must
 * @param tableWithin      when it must be tabled, counted from its proposal
 * @param deliberateWithin when it must be deliberated, counted from its tabling
 * @param reportBackWithin when a resolution must be reported back, counted from the decision; empty: at the body's
 *                         next regular meeting
 * @param explanation      why
 * @param version          the pack that decided
 */
public record AgendaDecision(Optional<BodyKind> mustTake, Optional<TimeLimit> tableWithin,
                             Optional<TimeLimit> deliberateWithin, Optional<TimeLimit> reportBackWithin,
                             Explanation explanation, PolicyVersion version) {
    public AgendaDecision {
        Objects.requireNonNull(mustTake, "mustTake");
        Objects.requireNonNull(tableWithin, "tableWithin");
        Objects.requireNonNull(deliberateWithin, "deliberateWithin");
        Objects.requireNonNull(reportBackWithin, "reportBackWithin");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(version, "version");
    }
}
