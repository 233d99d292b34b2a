package org.gridgov.profile;

import java.util.List;
import java.util.Map;

/**
 * How grids are generated below communities that the city has not drawn itself (see
 * {@link org.gridgov.division.GridPlan}).
 *
 * @param level        the grid level
 * @param perCommunity grids per urban community (居委会); default 10
 * @param perVillage   grids per village (村委会); default 2
 * @param overrides    grid counts for particular communities, by 12-digit code
 * @param layers       layer ids every generated grid serves; default all layers of the profile
 */
public record GridPlanSpec(String level, Integer perCommunity, Integer perVillage, Map<String, Integer> overrides,
                           List<String> layers) {
    public GridPlanSpec {
        // Sorted, so that writing a profile twice gives the same text.
        overrides = overrides == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(overrides));
        layers = layers == null ? List.of() : List.copyOf(layers);
    }
}
