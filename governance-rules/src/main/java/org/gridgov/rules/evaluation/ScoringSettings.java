package org.gridgov.rules.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.i18n.Bilingual;
import org.gridgov.metrics.Metric;

/**
 * The evaluation part of a pack's {@code settings}:
 *
 * <pre>
 * settings:
 *   evaluation:
 *     weights: {response: 0.3, resolution: 0.3, satisfaction: 0.4}   # of 100 points; undefined rates drop out
 *     departmentWeights: {reportInPunctuality: 1.0}                   # departments rated by the streets (评价权)
 *     zeroCases: full          # a unit without cases: full (100 points), or none (0 points)
 *     proactiveChannels: [grid-patrol, grid-forecast]                 # 未诉先办: found before anyone complained
 *     grades: [{min: 90, name: {zh: 优秀, en: excellent}}, {min: 80, name: {zh: 良好, en: good}}, …]
 * </pre>
 *
 * @param weights           weight of each rate, for grids, communities, streets and persons
 * @param departmentWeights weight of each rate for departments; by default report-in punctuality alone
 * @param fullWhenNoCases   whether a unit without cases gets full marks
 * @param proactiveChannels channels whose cases count as found before anyone complained
 * @param grades            grade bands, highest minimum first
 */
public record ScoringSettings(Map<Metric, Double> weights, Map<Metric, Double> departmentWeights,
                              boolean fullWhenNoCases, List<String> proactiveChannels, List<Grade> grades) {

    /**
     * A grade band: scores at or above {@code min}, below the next higher band.
     *
     * @param min  the band's lowest score
     * @param name its name
     */
    public record Grade(double min, Bilingual name) {
    }

    public ScoringSettings {
        weights = ImmutableMap.copyOf(weights);
        departmentWeights = ImmutableMap.copyOf(departmentWeights);
        proactiveChannels = ImmutableList.copyOf(proactiveChannels);
        grades = ImmutableList.copyOf(grades);
    }

    /** Reads the settings; absent parts take the documented defaults. */
    public static ScoringSettings parse(ObjectNode settings) {
        JsonNode e = settings.path("evaluation");
        Map<Metric, Double> weights = new LinkedHashMap<>();
        if (e.has("weights")) {
            weights(e.get("weights"), weights);
        } else {
            weights.put(Metric.RESPONSE, 0.3);
            weights.put(Metric.RESOLUTION, 0.3);
            weights.put(Metric.SATISFACTION, 0.4);
        }
        Map<Metric, Double> departmentWeights = new LinkedHashMap<>();
        if (e.has("departmentWeights")) {
            weights(e.get("departmentWeights"), departmentWeights);
        } else {
            departmentWeights.put(Metric.REPORT_IN_PUNCTUALITY, 1.0);
        }
        boolean full = !"none".equals(e.path("zeroCases").asText("full"));
        List<String> channels = new ArrayList<>();
        if (e.has("proactiveChannels")) {
            e.get("proactiveChannels").forEach(c -> channels.add(c.asText()));
        } else {
            channels.addAll(List.of("grid-patrol", "grid-forecast"));
        }
        List<Grade> grades = new ArrayList<>();
        if (e.has("grades")) {
            e.get("grades").forEach(g -> grades.add(new Grade(g.path("min").asDouble(), Bilingual.of(
                    g.path("name").path("zh").asText(g.path("name").asText()),
                    g.path("name").path("en").asText(g.path("name").asText())))));
        } else {
            grades.add(new Grade(90, Bilingual.of("优秀", "excellent")));
            grades.add(new Grade(80, Bilingual.of("良好", "good")));
            grades.add(new Grade(60, Bilingual.of("合格", "pass")));
            grades.add(new Grade(Double.NEGATIVE_INFINITY, Bilingual.of("不合格", "fail")));
        }
        grades.sort((a, b) -> Double.compare(b.min(), a.min()));
        return new ScoringSettings(weights, departmentWeights, full, channels, grades);
    }

    /** Weights by metric key; a key that names no metric is refused at load (SettingsLint), so none is left here. */
    private static void weights(JsonNode node, Map<Metric, Double> into) {
        node.fields().forEachRemaining(w -> Metric.ofKey(w.getKey()).ifPresent(m -> into.put(m, w.getValue().asDouble())));
    }
}
