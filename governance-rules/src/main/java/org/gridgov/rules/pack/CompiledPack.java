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
 * @param files    the files of each pack of the lineage by path, in the lineage's order: a file a setting names
 *                 (a procedure) is read from the pack that declares the setting
 */
public record CompiledPack(PackManifest manifest, KieBase kieBase, PolicyVersion version, Map<String, RuleInfo> rules,
                           List<PackProblem> warnings, List<PackManifest> lineage, List<Map<String, byte[]>> files) {

    /** @throws NullPointerException if any part is null */
    public CompiledPack {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(kieBase, "kieBase");
        Objects.requireNonNull(version, "version");
        rules = ImmutableMap.copyOf(rules);
        warnings = ImmutableList.copyOf(warnings);
        lineage = ImmutableList.copyOf(lineage);
        files = files.stream().map(ImmutableMap::copyOf).collect(ImmutableList.toImmutableList());
        if (files.size() != lineage.size()) {
            throw new IllegalArgumentException("one file map per pack of the lineage: " + files.size() + " for "
                    + lineage.size());
        }
    }

    /**
     * A file named by a setting, read from the pack of the lineage that declares the setting with that value
     * (the nearest one: a child that sets it again names its own file).
     *
     * @param setting the setting's path under {@code settings}, e.g. {@code ["procedures", "deliberation"]}
     * @param path    the file's path as the setting gives it
     * @return the file's bytes, or empty if no pack of the lineage that declares the setting has the file
     */
    public java.util.Optional<byte[]> fileNamedBy(List<String> setting, String path) {
        for (int i = 0; i < lineage.size(); i++) {
            com.fasterxml.jackson.databind.JsonNode value = lineage.get(i).settings();
            for (String key : setting) {
                value = value.path(key);
            }
            if (value.isTextual() && value.asText().equals(path)) {
                return java.util.Optional.ofNullable(files.get(i).get(path));
            }
        }
        return java.util.Optional.empty();
    }
}
