package org.gridgov.geo;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;
import org.gridgov.jurisdiction.NodeId;

/**
 * The area a node covers: a simple polygon (its ring, not closed: the last point joins the first). Small areas —
 * a grid, a community — so the plane's geometry on degrees is exact enough; no area crosses the antimeridian.
 *
 * @param node the node it covers
 * @param ring its corners in order, at least three
 */
public record GridArea(NodeId node, List<GeoPoint> ring) {
    /** @throws IllegalArgumentException if the ring has fewer than three corners or no area */
    public GridArea {
        Objects.requireNonNull(node, "node");
        ring = List.copyOf(ring);
        checkArgument(ring.size() >= 3, "an area has at least three corners, got %s", ring.size());
        // Corners on one line leave rounding dust, not zero: below 1e-12 square degrees (a hundredth of a square
        // metre) an area is a line.
        checkArgument(size(ring) > 1e-12, "an area's corners must not lie on one line");
    }

    /** Whether the point lies inside (a point on the boundary may fall on either side). */
    public boolean contains(GeoPoint p) {
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            GeoPoint a = ring.get(i);
            GeoPoint b = ring.get(j);
            // Even-odd rule: count the edges a ray to the east of p crosses.
            if ((a.lat() > p.lat()) != (b.lat() > p.lat())
                    && p.lng() < (b.lng() - a.lng()) * (p.lat() - a.lat()) / (b.lat() - a.lat()) + a.lng()) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Its size in square degrees: only to compare areas (the smaller one is the more precise answer). */
    public double size() {
        return size(ring);
    }

    private static double size(List<GeoPoint> ring) {
        double twice = 0;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            twice += (ring.get(j).lng() + ring.get(i).lng()) * (ring.get(j).lat() - ring.get(i).lat());
        }
        return Math.abs(twice) / 2;
    }
}
