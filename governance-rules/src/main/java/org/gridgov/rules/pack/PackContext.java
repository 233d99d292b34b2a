package org.gridgov.rules.pack;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gridgov.city.City;

/**
 * What the city that will run a pack knows, so that rules naming something it lacks are reported: a rule
 * whose category, level, organization type, role or layer does not exist in the city profile can never fire or
 * places its case nowhere. Each set that is empty means "do not check this kind of name".
 *
 * @param knownCategories        the profile's category ids
 * @param knownLevels            the profile's level ids (and the pack vocabulary's levels)
 * @param knownChannels          the profile's intake channel ids, which {@code settings.procedures} names
 * @param knownOrganizationTypes the profile's organization type ids, which {@code handleBy}, {@code coHandle},
 *                               {@code summon} and {@code settings.handlers} name
 * @param knownRoles             the profile's role type ids, which {@code handleBy(level, type, role)} and
 *                               {@code settings.handlers} name
 * @param knownLayers            the profile's layer ids and their Chinese and English names ({@code inLayer})
 */
public record PackContext(Set<String> knownCategories, Set<String> knownLevels, Set<String> knownChannels,
                          Set<String> knownOrganizationTypes, Set<String> knownRoles, Set<String> knownLayers) {

    /** @throws NullPointerException if a set or an element is null */
    public PackContext {
        knownCategories = ImmutableSet.copyOf(knownCategories);
        knownLevels = ImmutableSet.copyOf(knownLevels);
        knownChannels = ImmutableSet.copyOf(knownChannels);
        knownOrganizationTypes = ImmutableSet.copyOf(knownOrganizationTypes);
        knownRoles = ImmutableSet.copyOf(knownRoles);
        knownLayers = ImmutableSet.copyOf(knownLayers);
    }

    /** A context that checks categories, levels and channels only. */
    public PackContext(Set<String> knownCategories, Set<String> knownLevels, Set<String> knownChannels) {
        this(knownCategories, knownLevels, knownChannels, Set.of(), Set.of(), Set.of());
    }

    /** A context that checks categories and levels only. */
    public PackContext(Set<String> knownCategories, Set<String> knownLevels) {
        this(knownCategories, knownLevels, Set.of());
    }

    /**
     * The context of a city: everything its profile names.
     *
     * @param city the city that will run the pack
     * @return a context that warns about rules naming categories, levels, organization types, roles or layers the
     *         city lacks, and procedures for channels it lacks
     */
    public static PackContext of(City city) {
        return new PackContext(
                city.categories().all().stream().map(c -> c.id().value()).collect(Collectors.toSet()),
                city.jurisdiction().levels().levels().stream().map(l -> l.id().value()).collect(Collectors.toSet()),
                city.channels().stream().map(c -> c.id().value()).collect(Collectors.toSet()),
                city.organizations().types().stream().map(t -> t.id().value()).collect(Collectors.toSet()),
                city.roster().roleTypes().stream().map(r -> r.id().value()).collect(Collectors.toSet()),
                city.jurisdiction().layers().stream()
                        .flatMap(l -> Stream.of(l.id().value(), l.name().zh(), l.name().en()))
                        .collect(Collectors.toSet()));
    }

    /** A context that checks nothing against a city. */
    public static PackContext unchecked() {
        return new PackContext(Set.of(), Set.of(), Set.of());
    }

    /** Whether any kind of name is checked against a city. */
    public boolean checksAnything() {
        return Stream.of(knownCategories, knownLevels, knownChannels, knownOrganizationTypes, knownRoles, knownLayers)
                .anyMatch(s -> !s.isEmpty());
    }

    /** This context with more level words (a pack's aliases of levels the city has). */
    PackContext withLevels(Set<String> levels) {
        return new PackContext(knownCategories, levels, knownChannels, knownOrganizationTypes, knownRoles,
                knownLayers);
    }
}
