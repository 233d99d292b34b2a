package org.gridgov.engine;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.procedure.Procedure;

/**
 * How the engine sets deadlines when it routes an issue.
 *
 * @param warningFractions fractions of the time limit at which the owner is warned, each in (0, 1); by default
 *                         50 % and 80 %
 * @param procedure        the city's procedure, if it has one: each stage's limit becomes the issue's
 *                         {@code stage} deadline while the issue is in that stage
 * @param byChannel        procedures for issues of some intake channels instead of {@code procedure}: items of
 *                         吉林's 小板凳 meetings follow 收集—协商—落实—反馈, not the six steps
 */
public record GovernanceSettings(List<Double> warningFractions, Optional<Procedure> procedure,
                                 Map<ChannelId, Procedure> byChannel) {
    /** Warnings at 50 % and 80 % of the limit, no procedure. */
    public static final GovernanceSettings DEFAULT = new GovernanceSettings(List.of(0.5, 0.8), Optional.empty());

    /** @throws IllegalArgumentException for a fraction outside (0, 1) */
    public GovernanceSettings {
        warningFractions = ImmutableList.copyOf(warningFractions);
        warningFractions.forEach(f -> checkArgument(f > 0 && f < 1, "a warning fraction is in (0, 1), got %s", f));
        Objects.requireNonNull(procedure, "procedure");
        byChannel = ImmutableMap.copyOf(byChannel);
    }

    /** Settings with one procedure for every channel. */
    public GovernanceSettings(List<Double> warningFractions, Optional<Procedure> procedure) {
        this(warningFractions, procedure, Map.of());
    }

    /** These settings with a procedure. */
    public GovernanceSettings withProcedure(Procedure p) {
        return new GovernanceSettings(warningFractions, Optional.of(p), byChannel);
    }

    /** These settings with a procedure for the issues of one channel. */
    public GovernanceSettings withProcedure(ChannelId channel, Procedure p) {
        Map<ChannelId, Procedure> more = new LinkedHashMap<>(byChannel);
        more.put(channel, p);
        return new GovernanceSettings(warningFractions, procedure, more);
    }

    /** The procedure an issue follows: its channel's, else the city's; empty if neither is set. */
    public Optional<Procedure> procedureFor(Issue issue) {
        return Optional.ofNullable(byChannel.get(issue.facts().channel())).or(() -> procedure);
    }
}
