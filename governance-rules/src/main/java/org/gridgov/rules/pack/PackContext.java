package org.gridgov.rules.pack;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * What the city that will run a pack knows, so that rules naming something it lacks are reported: a rule
 * whose category or level does not exist in the city profile can never fire.
 *
 * @param knownCategories the profile's category ids; empty means "do not check"
 * @param knownLevels     the profile's level ids (and the pack vocabulary's levels); empty means "do not check"
 */
public record PackContext(Set<String> knownCategories, Set<String> knownLevels) {

    /** @throws NullPointerException if a set or an element is null */
    public PackContext {
        knownCategories = ImmutableSet.copyOf(knownCategories);
        knownLevels = ImmutableSet.copyOf(knownLevels);
    }

    /** A context that checks nothing against a city. */
    public static PackContext unchecked() {
        return new PackContext(Set.of(), Set.of());
    }
}
