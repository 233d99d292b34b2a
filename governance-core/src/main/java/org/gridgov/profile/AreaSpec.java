package org.gridgov.profile;

import java.util.List;

/**
 * The area a node covers, as a profile draws it.
 *
 * @param node    the node's id or unique name (generated grids by their id, e.g. {@code 220202004001-G01})
 * @param polygon its corners as {@code [longitude, latitude]} pairs, GeoJSON's order, at least three, not closed
 */
public record AreaSpec(String node, List<List<Double>> polygon) {
    public AreaSpec {
        polygon = polygon == null ? List.of() : List.copyOf(polygon);
    }
}
