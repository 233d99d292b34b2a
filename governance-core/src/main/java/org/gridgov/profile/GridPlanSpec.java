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
 * @param below        levels each urban community's grids are divided into, outermost first (片, 区域, 楼栋, 单元)
 */
public record GridPlanSpec(String level, Integer perCommunity, Integer perVillage, Map<String, Integer> overrides,
                           List<String> layers, List<Below> below) {
    /**
     * One level below the grid.
     *
     * @param level  the level's id
     * @param per    nodes below each node of the level above
     * @param prefix the id segment's capital letters ({@code P})
     * @param name   the name after the parent's, with {@code {n}} for the number: {@code {zh: 第{n}片, en: piece {n}}}
     * @param kind   the nodes' kind; default the level's id
     */
    public record Below(String level, Integer per, String prefix, NameSpec name, String kind) {
    }

    /** A plan without levels below the grid. */
    public GridPlanSpec(String level, Integer perCommunity, Integer perVillage, Map<String, Integer> overrides,
                        List<String> layers) {
        this(level, perCommunity, perVillage, overrides, layers, List.of());
    }

    public GridPlanSpec {
        below = below == null ? List.of() : List.copyOf(below);
        // Sorted, so that writing a profile twice gives the same text.
        overrides = overrides == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(overrides));
        layers = layers == null ? List.of() : List.copyOf(layers);
    }
}
