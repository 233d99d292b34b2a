package org.gridgov.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.NodeId;

/**
 * The areas a city's profile gives its nodes, and which node a point lies in: of the areas containing it, the
 * deepest node's (a grid before its community), and of those at one depth the smallest (where drawn areas
 * overlap, the tighter one is the better guess). A linear pass with a bounding-box test first: a city's few
 * thousand grids cost microseconds per point.
 */
public final class GridAreas {
    private static final GridAreas NONE = new GridAreas(List.of());
    private final List<Indexed> areas;

    private GridAreas(List<Indexed> areas) {
        this.areas = areas;
    }

    /** No areas: every point lies nowhere. */
    public static GridAreas none() {
        return NONE;
    }

    /**
     * The areas of nodes of a tree.
     *
     * @throws IllegalArgumentException if an area's node is not in the tree
     */
    public static GridAreas of(List<GridArea> areas, Jurisdiction tree) {
        return new GridAreas(areas.stream().map(a -> {
            if (tree.find(a.node()).isEmpty()) {
                throw new IllegalArgumentException("no node " + a.node() + " for an area");
            }
            return new Indexed(a, tree.ancestors(a.node()).size());
        }).toList());
    }

    /** Whether there are no areas. */
    public boolean isEmpty() {
        return areas.isEmpty();
    }

    /** How many areas there are. */
    public int size() {
        return areas.size();
    }

    /** The node whose area holds the point: the deepest, then the smallest; empty if none does. */
    public Optional<NodeId> locate(GeoPoint p) {
        return areas.stream().filter(a -> a.holds(p))
                .max(Comparator.<Indexed>comparingInt(a -> a.depth).thenComparing(a -> -a.size))
                .map(a -> a.area.node());
    }

    /** An area with what a lookup compares: its node's depth, its size and its bounding box. */
    private static final class Indexed {
        final GridArea area;
        final int depth;
        final double size;
        final double minLat;
        final double maxLat;
        final double minLng;
        final double maxLng;

        Indexed(GridArea area, int depth) {
            this.area = area;
            this.depth = depth;
            this.size = area.size();
            this.minLat = area.ring().stream().mapToDouble(GeoPoint::lat).min().orElseThrow();
            this.maxLat = area.ring().stream().mapToDouble(GeoPoint::lat).max().orElseThrow();
            this.minLng = area.ring().stream().mapToDouble(GeoPoint::lng).min().orElseThrow();
            this.maxLng = area.ring().stream().mapToDouble(GeoPoint::lng).max().orElseThrow();
        }

        boolean holds(GeoPoint p) {
            return p.lat() >= minLat && p.lat() <= maxLat && p.lng() >= minLng && p.lng() <= maxLng
                    && area.contains(p);
        }
    }
}
