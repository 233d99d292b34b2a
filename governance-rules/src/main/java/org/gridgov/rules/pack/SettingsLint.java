package org.gridgov.rules.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.document.DocumentReader;
import org.gridgov.document.Format;
import org.gridgov.document.SourceMap;
import org.gridgov.i18n.Bilingual;
import org.gridgov.metrics.Metric;

/**
 * The names a pack's settings give, checked against the city: {@code settings.handlers.<level>.organizationType}
 * and {@code .role}, the levels {@code settings.levelAliases} maps to, and the {@code settings.fallback} levels.
 * Settings are deep-merged child over parent, so each value is checked once, in the pack of the lineage that
 * declares it (the nearest), and the warning names that pack's {@code pack.yaml} line. A handler for a level the
 * city does not have (a base pack's {@code city} in a district's profile) is never asked and not checked.
 * An evaluation weight ({@code settings.evaluation.weights}, {@code .departmentWeights}) naming no metric is an error.
 */
final class SettingsLint {
    private static final DocumentReader READER = DocumentReader.strict();

    private SettingsLint() {
    }

    /**
     * Adds a warning for each setting naming something the city lacks.
     *
     * @param lineage the pack first, then its parents
     * @param context the city's vocabulary; kinds it does not know are not checked
     * @param levels  the city's levels and the lineage's aliases of them
     */
    static void check(List<PackFolder> lineage, PackContext context, Set<String> levels, List<PackProblem> problems) {
        for (int i = 0; i < lineage.size(); i++) {
            PackFolder folder = lineage.get(i);
            List<PackFolder> nearer = lineage.subList(0, i);
            JsonNode settings = folder.manifest().settings();
            for (Map.Entry<String, JsonNode> h : settings.path("handlers").properties()) {
                if (!levels.isEmpty() && !levels.contains(h.getKey())) {
                    continue; // a handler for a level the city does not have is never asked
                }
                String at = "handlers." + h.getKey();
                name(folder, nearer, at + ".organizationType", h.getValue().path("organizationType"),
                        context.knownOrganizationTypes(), "组织类型", "organization type", problems);
                name(folder, nearer, at + ".role", h.getValue().path("role"), context.knownRoles(), "角色", "role",
                        problems);
            }
            for (Map.Entry<String, JsonNode> a : settings.path("levelAliases").properties()) {
                name(folder, nearer, "levelAliases." + a.getKey(), a.getValue(), context.knownLevels(), "层级", "level",
                        problems);
            }
            JsonNode fallback = settings.path("fallback");
            if (nearer.stream().noneMatch(p -> !p.manifest().settings().path("fallback").isMissingNode())) {
                for (int f = 0; f < fallback.size(); f++) {
                    name(folder, List.of(), "fallback[" + f + "]", fallback.get(f), levels, "层级", "level", problems);
                }
            }
        }
    }

    /**
     * Adds an error for each evaluation weight that names no metric: it would weigh nothing, silently. Checked
     * whatever the city, in every pack of the lineage.
     */
    static void checkMetricKeys(List<PackFolder> lineage, List<PackProblem> problems) {
        lineage.forEach(folder -> metricKeys(folder, folder.manifest().settings(), problems));
    }

    private static void metricKeys(PackFolder folder, JsonNode settings, List<PackProblem> problems) {
        for (String group : List.of("weights", "departmentWeights")) {
            for (Map.Entry<String, JsonNode> w : settings.path("evaluation").path(group).properties()) {
                if (Metric.ofKey(w.getKey()).isPresent()) {
                    continue;
                }
                String keys = Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.joining(", "));
                String path = "evaluation." + group + "." + w.getKey();
                problems.add(PackProblem.error(folder.manifest().id(), ManifestReader.FILE, line(folder, path),
                        Bilingual.of("settings." + path + ": 没有名为 " + w.getKey() + " 的指标（可用: " + keys + "）",
                                "settings." + path + ": there is no metric '" + w.getKey() + "' (the metrics: "
                                        + keys + ")")));
            }
        }
    }

    private static void name(PackFolder folder, List<PackFolder> nearer, String path, JsonNode value,
                             Set<String> known, String zh, String en, List<PackProblem> problems) {
        if (known.isEmpty() || !value.isTextual() || known.contains(value.asText()) || declaredIn(nearer, path)) {
            return;
        }
        String name = value.asText();
        problems.add(PackProblem.warning(folder.manifest().id(), ManifestReader.FILE, line(folder, path),
                Bilingual.of("settings." + path + ": 城市配置中没有" + zh + " " + name + "，这项设置派不出案件",
                        "settings." + path + ": " + en + " '" + name
                                + "' is not in the city profile, so this setting places no case")));
    }

    /** Whether a nearer pack of the lineage overrides the value (deep merge: the nearer one is the one used). */
    private static boolean declaredIn(List<PackFolder> nearer, String path) {
        return nearer.stream().anyMatch(p -> !at(p.manifest().settings(), path).isMissingNode());
    }

    private static JsonNode at(JsonNode settings, String dotted) {
        JsonNode n = settings;
        for (String key : dotted.split("\\.")) {
            n = n.path(key);
        }
        return n;
    }

    private static int line(PackFolder folder, String path) {
        Optional<byte[]> yaml = Optional.ofNullable(folder.files().get(ManifestReader.FILE));
        if (yaml.isEmpty()) {
            return 0;
        }
        String text = new String(yaml.get(), StandardCharsets.UTF_8);
        SourceMap map = SourceMap.of(READER.mapper(Format.YAML), text.startsWith("\uFEFF") ? text.substring(1) : text);
        return map.locate("settings." + path)[0];
    }
}
