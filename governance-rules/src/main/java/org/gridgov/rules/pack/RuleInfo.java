package org.gridgov.rules.pack;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * One active rule of a compiled pack, as explanations and reports show it.
 *
 * @param name        the rule's name, unique in the pack and its lineage after overrides
 * @param packId      the pack that defines the active version of the rule
 * @param packageName the DRL package the rule was compiled into
 * @param file        the file that defines it, relative to its pack folder
 * @param description from the rule's {@code @description_zh("…")} and {@code @description_en("…")} metadata; a
 *                    missing part falls back to the other, and both to the rule's name
 * @param priority    from {@code @priority(N)} metadata; 0 when absent or not a whole number
 */
public record RuleInfo(String name, String packId, String packageName, String file, Bilingual description,
                       int priority) {
    /** @throws NullPointerException if any part is null */
    public RuleInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
    }
}
