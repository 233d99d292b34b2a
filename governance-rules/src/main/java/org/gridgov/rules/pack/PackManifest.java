package org.gridgov.rules.pack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;

/**
 * A pack's {@code pack.yaml}: who it is and what it inherits.
 *
 * <pre>
 * id: jilin
 * name: {zh: 吉林市, en: Jilin}
 * version: "2024.3"
 * extends: base
 * disabledRules: [环境类默认社区处理]
 * settings: {timeLimits: {environment: "24 小时"}}
 * </pre>
 *
 * @param id            the pack's id; parents are named by it
 * @param name          display name
 * @param version       the version as the pack's authors number it
 * @param extendsPack   the parent pack's id, if any
 * @param disabledRules names of rules of the lineage switched off in this pack
 * @param settings      free-form settings (time limits per category and severity, …); never null, may be empty.
 *                      Treat as read-only: it is shared with the cached compiled pack
 */
public record PackManifest(String id, Bilingual name, String version, Optional<String> extendsPack,
                           Set<String> disabledRules, ObjectNode settings) {

    /** @throws NullPointerException if any part is null */
    public PackManifest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(extendsPack, "extendsPack");
        disabledRules = ImmutableSet.copyOf(disabledRules);
        Objects.requireNonNull(settings, "settings");
    }
}
