package org.gridgov.profile;

import java.util.List;

/**
 * A jurisdiction node declared in the profile itself: the whole tree for a small city, or additions to a
 * division file such as dedicated grids (专属网格), grids a city drew, buildings and units.
 *
 * @param id            its id
 * @param parent        its parent's id; absent only for the root of a tree declared entirely here
 * @param level         its level id
 * @param name          display name
 * @param code          official division code, for administrative nodes
 * @param kind          finer classification
 * @param layers        grid layers served
 * @param dedicatedSite for a dedicated grid, the kind of site: {@code school}, {@code hospital}, {@code market}
 */
public record NodeSpecEntry(String id, String parent, String level, NameSpec name, String code, String kind,
                            List<String> layers, String dedicatedSite) {
    public NodeSpecEntry {
        layers = layers == null ? List.of() : List.copyOf(layers);
    }
}
