package org.gridgov.rules.pack;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridgov.policy.PolicyVersion;
import org.kie.api.KieBase;

/**
 * A pack and its parents, checked and compiled into one KieBase. Immutable and shared: the loader's cache hands
 * the same instance to everyone who loads unchanged files, so do not add or remove rules of {@link #kieBase()}.
 *
 * @param manifest the effective manifest: this pack's id, name and version; {@code settings} deep-merged child over
 *                 parent; {@code disabledRules} the union over the lineage
 * @param kieBase  the compiled rules: only the active ones (overridden and disabled rules are removed)
 * @param version  id, version and a content hash over this pack and its parents
 * @param rules    the active rules by name
 * @param warnings problems that did not prevent loading
 * @param lineage  the manifests as written: this pack first, then its parent, and so on
 */
public record CompiledPack(PackManifest manifest, KieBase kieBase, PolicyVersion version, Map<String, RuleInfo> rules,
                           List<PackProblem> warnings, List<PackManifest> lineage) {

    /** @throws NullPointerException if any part is null */
    public CompiledPack {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(kieBase, "kieBase");
        Objects.requireNonNull(version, "version");
        rules = ImmutableMap.copyOf(rules);
        warnings = ImmutableList.copyOf(warnings);
        lineage = ImmutableList.copyOf(lineage);
    }
}
