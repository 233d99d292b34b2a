package org.gridgov.profile;

import java.util.List;

/**
 * Where the city's jurisdiction tree comes from.
 *
 * @param divisions a division file, relative to the profile (e.g. {@code divisions/jilin_city_2202.json}),
 *                  or absent when the whole tree is declared in {@code nodes}
 * @param grids     how grids are generated below communities of the division file; absent for none
 * @param nodes     nodes declared here, added to those of the division file
 * @param areas     the areas nodes cover on the map, where the city has drawn them (for reports by coordinate)
 */
public record JurisdictionSpec(String divisions, GridPlanSpec grids, List<NodeSpecEntry> nodes,
                               List<AreaSpec> areas) {
    public JurisdictionSpec {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }
}
