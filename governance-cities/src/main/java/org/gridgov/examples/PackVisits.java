package org.gridgov.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gridgov.visit.VisitPlan;

/**
 * The follow-up visit plan a pack declares in {@code settings.visits}:
 *
 * <pre>
 * settings:
 *   visits:
 *     category: visits
 *     channel: door-visit
 *     cadence: {elderly: 每月, children: 每季度, …}
 * </pre>
 */
public final class PackVisits {
    private PackVisits() {
    }

    /**
     * The plan, visits anchored on a day, or empty if the pack declares none.
     *
     * @param settings the pack's effective settings
     * @throws org.gridgov.validation.InvalidModelException naming {@code settings.visits…} for each unreadable part
     */
    public static Optional<VisitPlan> plan(ObjectNode settings, LocalDate anchor) {
        JsonNode v = settings.path("visits");
        if (v.isMissingNode() || v.isNull()) {
            return Optional.empty();
        }
        Map<String, String> cadence = new LinkedHashMap<>();
        v.path("cadence").fields().forEachRemaining(e -> cadence.put(e.getKey(), e.getValue().asText()));
        return Optional.of(VisitPlan.parse("settings.visits", v.path("category").asText(""),
                v.path("channel").asText(""), cadence, anchor));
    }
}
