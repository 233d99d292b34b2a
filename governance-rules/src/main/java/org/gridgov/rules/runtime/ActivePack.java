package org.gridgov.rules.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gridgov.i18n.Bilingual;
import org.gridgov.policy.PolicyVersion;
import org.kie.api.KieBase;

/** What the policies (routing, escalation, evaluation) need of the active compiled rule pack. */
public interface ActivePack {

    /** The compiled rules. */
    KieBase kieBase();

    /** The pack version that decides. */
    PolicyVersion version();

    /** The pack's settings (handlers per level, fallback levels, time limits, level aliases). */
    ObjectNode settings();

    /**
     * The settings as the policies read them. The default parses {@link #settings()} on every call;
     * {@link CompiledActivePack} parses them once, which matters in a tick that decides thousands of items.
     */
    default PackSettings packSettings() {
        return PackSettings.parse(settings());
    }

    /** A rule's priority from its {@code @priority} metadata; 0 when it has none. */
    int priority(String rule);

    /** A rule's description from its {@code @description_zh}/{@code @description_en} metadata, or its name. */
    Bilingual description(String rule);
}
