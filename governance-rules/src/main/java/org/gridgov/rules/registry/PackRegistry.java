package org.gridgov.rules.registry;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.gridgov.city.CityId;

/**
 * The active pack of each city. Activating a new version swaps it in atomically: a decision that asked for the
 * pack before the swap finishes on the version it got, the next one gets the new version. Only packs that loaded
 * without errors should be activated; the registry does not judge them. Thread-safe.
 *
 * @param <P> the pack type
 */
public final class PackRegistry<P> {
    private final Map<CityId, P> active = new ConcurrentHashMap<>();

    /**
     * Makes a pack the active one for a city, replacing any other.
     *
     * @return the pack it replaced, if any
     */
    public Optional<P> activate(CityId city, P pack) {
        return Optional.ofNullable(active.put(Objects.requireNonNull(city, "city"), Objects.requireNonNull(pack, "pack")));
    }

    /** The active pack of a city, if it has one. */
    public Optional<P> active(CityId city) {
        return Optional.ofNullable(active.get(city));
    }

    /**
     * The active pack of a city.
     *
     * @throws IllegalStateException if the city has none
     */
    public P require(CityId city) {
        P pack = active.get(city);
        if (pack == null) {
            throw new IllegalStateException("no pack is active for city '" + city + "'");
        }
        return pack;
    }

    /** A supplier of the city's active pack at each call, for policies that decide with it. */
    public Supplier<P> current(CityId city) {
        return () -> require(city);
    }
}
