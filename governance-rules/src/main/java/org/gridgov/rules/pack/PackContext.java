package org.gridgov.rules.pack;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.city.City;

/**
 * What the city that will run a pack knows, so that rules naming something it lacks are reported: a rule
 * whose category or level does not exist in the city profile can never fire.
 *
 * @param knownCategories the profile's category ids; empty means "do not check"
 * @param knownLevels     the profile's level ids (and the pack vocabulary's levels); empty means "do not check"
 * @param knownChannels   the profile's intake channel ids, which {@code settings.procedures} names; empty means
 *                        "do not check"
 */
public record PackContext(Set<String> knownCategories, Set<String> knownLevels, Set<String> knownChannels) {

    /** @throws NullPointerException if a set or an element is null */
    public PackContext {
        knownCategories = ImmutableSet.copyOf(knownCategories);
        knownLevels = ImmutableSet.copyOf(knownLevels);
        knownChannels = ImmutableSet.copyOf(knownChannels);
    }

    /** A context that does not check channels. */
    public PackContext(Set<String> knownCategories, Set<String> knownLevels) {
        this(knownCategories, knownLevels, Set.of());
    }

    /**
     * The context of a city: its categories, levels and channels.
     *
     * @param city the city that will run the pack
     * @return a context that warns about rules naming categories or levels the city lacks, and procedures for
     *         channels it lacks
     */
    public static PackContext of(City city) {
        return new PackContext(
                city.categories().all().stream().map(c -> c.id().value()).collect(Collectors.toSet()),
                city.jurisdiction().levels().levels().stream().map(l -> l.id().value()).collect(Collectors.toSet()),
                city.channels().stream().map(c -> c.id().value()).collect(Collectors.toSet()));
    }

    /** A context that checks nothing against a city. */
    public static PackContext unchecked() {
        return new PackContext(Set.of(), Set.of(), Set.of());
    }
}
