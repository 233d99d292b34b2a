package org.gridgov.governance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.gridgov.procedure.Procedure;

/**
 * How the engine sets deadlines when it routes an issue.
 *
 * @param warningFractions fractions of the time limit at which the owner is warned, each in (0, 1); by default
 *                         50 % and 80 %
 * @param procedure        the city's procedure, if it has one: each stage's limit becomes the issue's
 *                         {@code stage} deadline while the issue is in that stage
 */
public record GovernanceSettings(List<Double> warningFractions, Optional<Procedure> procedure) {
    /** Warnings at 50 % and 80 % of the limit, no procedure. */
    public static final GovernanceSettings DEFAULT = new GovernanceSettings(List.of(0.5, 0.8), Optional.empty());

    /** @throws IllegalArgumentException for a fraction outside (0, 1) */
    public GovernanceSettings {
        warningFractions = ImmutableList.copyOf(warningFractions);
        warningFractions.forEach(f -> checkArgument(f > 0 && f < 1, "a warning fraction is in (0, 1), got %s", f));
        java.util.Objects.requireNonNull(procedure, "procedure");
    }

    /** These settings with a procedure. */
    public GovernanceSettings withProcedure(Procedure p) {
        return new GovernanceSettings(warningFractions, Optional.of(p));
    }

    /** The deadline kind of a warning fraction: {@code warn-80} for 0.8. */
    static String warningKind(double fraction) {
        return "warn-" + Math.round(fraction * 100);
    }
}
