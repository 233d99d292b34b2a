package org.gridgov.geo;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A point on the map.
 *
 * @param lat latitude in degrees, -90 to 90
 * @param lng longitude in degrees, -180 to 180
 */
public record GeoPoint(double lat, double lng) {
    /** @throws IllegalArgumentException if a coordinate is not a finite number in its range */
    public GeoPoint {
        checkArgument(Double.isFinite(lat) && lat >= -90 && lat <= 90, "latitude is -90 to 90, got %s", lat);
        checkArgument(Double.isFinite(lng) && lng >= -180 && lng <= 180, "longitude is -180 to 180, got %s", lng);
    }
}
