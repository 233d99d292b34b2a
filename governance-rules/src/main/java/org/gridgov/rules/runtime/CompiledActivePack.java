package org.gridgov.rules.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.rules.firing.FiringBudget;
import org.gridgov.rules.pack.CompiledPack;
import org.gridgov.rules.pack.RuleInfo;
import org.gridgov.validation.InvalidModelException;
import org.kie.api.KieBase;

/**
 * A loaded pack as the policies see it. Made by {@link #of}, which checks the routing settings first, so that a
 * pack whose settings cannot be used is refused before it becomes active.
 *
 * @param pack         the compiled pack
 * @param packSettings its settings, already read
 */
public record CompiledActivePack(CompiledPack pack, PackSettings packSettings) implements ActivePack {
    public CompiledActivePack {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(packSettings, "packSettings");
    }

    /**
     * The active pack of a compiled pack.
     *
     * @throws InvalidModelException naming each setting that cannot be used ({@code settings.timeLimits.default},
     *                               {@code settings.firing.maxFirings})
     */
    public static CompiledActivePack of(CompiledPack pack) {
        FiringBudget.of(pack.manifest().settings()); // refused here, before the pack is active, not at its first case
        return new CompiledActivePack(pack, PackSettings.parse(pack.manifest().settings()));
    }

    @Override
    public KieBase kieBase() {
        return pack.kieBase();
    }

    @Override
    public PolicyVersion version() {
        return pack.version();
    }

    @Override
    public ObjectNode settings() {
        return pack.manifest().settings();
    }

    @Override
    public int priority(String rule) {
        RuleInfo info = pack.rules().get(rule);
        return info == null ? 0 : info.priority();
    }

    @Override
    public Bilingual description(String rule) {
        RuleInfo info = pack.rules().get(rule);
        return info == null ? Bilingual.zh(rule) : info.description();
    }
}
