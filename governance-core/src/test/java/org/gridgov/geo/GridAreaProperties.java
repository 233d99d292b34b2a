package org.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.gridgov.jurisdiction.NodeId;

/**
 * A drawn area holds exactly the points inside it: a regular polygon (any corner count, size, turn and either
 * winding) holds every point nearer its centre than its inner radius and none farther than its outer radius; a
 * concave L-shape leaves its notch out.
 */
class GridAreaProperties {
    private static final NodeId G = new NodeId("G");

    @Property(tries = 500)
    void aRegularPolygonHoldsWhatIsNearItsCentreAndNothingFar(
            @ForAll @IntRange(min = 3, max = 12) int corners, @ForAll @DoubleRange(min = 0.0005, max = 0.05) @net.jqwik.api.constraints.Scale(6) double radius,
            @ForAll @DoubleRange(min = 20, max = 50) double lat, @ForAll @DoubleRange(min = 100, max = 130) double lng,
            @ForAll @DoubleRange(min = 0, max = 6.3) double turn, @ForAll boolean clockwise,
            @ForAll @DoubleRange(min = 0, max = 6.3) double bearing, @ForAll @DoubleRange(min = 0, max = 0.999) @net.jqwik.api.constraints.Scale(4) double f) {
        List<GeoPoint> ring = new ArrayList<>();
        for (int i = 0; i < corners; i++) {
            double a = turn + (clockwise ? -1 : 1) * 2 * Math.PI * i / corners;
            ring.add(new GeoPoint(lat + radius * Math.sin(a), lng + radius * Math.cos(a)));
        }
        GridArea area = new GridArea(G, ring);
        double inner = radius * Math.cos(Math.PI / corners);
        assertThat(area.contains(at(lat, lng, bearing, inner * f))).isTrue();
        assertThat(area.contains(at(lat, lng, bearing, radius * (1.001 + f)))).isFalse();
    }

    @Example
    void aConcaveAreaLeavesItsNotchOut() {
        // An L: the square 0..2 without its upper right quarter.
        GridArea l = new GridArea(G, List.of(new GeoPoint(0, 0), new GeoPoint(0, 2), new GeoPoint(1, 2),
                new GeoPoint(1, 1), new GeoPoint(2, 1), new GeoPoint(2, 0)));
        assertThat(l.contains(new GeoPoint(0.5, 1.5))).isTrue();
        assertThat(l.contains(new GeoPoint(1.5, 0.5))).isTrue();
        assertThat(l.contains(new GeoPoint(1.5, 1.5))).isFalse();
        assertThat(l.size()).isEqualTo(3.0);
    }

    @Example
    void anAreaNeedsThreeCornersOffOneLine() {
        assertThatThrownBy(() -> new GridArea(G, List.of(new GeoPoint(0, 0), new GeoPoint(1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GridArea(G, List.of(new GeoPoint(0, 0), new GeoPoint(1, 1), new GeoPoint(2, 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static GeoPoint at(double lat, double lng, double bearing, double distance) {
        return new GeoPoint(lat + distance * Math.sin(bearing), lng + distance * Math.cos(bearing));
    }
}
