package org.gridgov.city;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A city's id as a key (of the active packs, of stores per city), e.g. {@code jilin}: the profile's {@code id}.
 *
 * @param value the profile's id
 */
public record CityId(String value) {
    /** @throws IllegalArgumentException if the value is blank */
    public CityId {
        Objects.requireNonNull(value, "value");
        checkArgument(!value.isBlank(), "a city id is not blank");
    }

    @Override
    public String toString() {
        return value;
    }
}
