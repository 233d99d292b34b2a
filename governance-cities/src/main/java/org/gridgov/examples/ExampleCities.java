package org.gridgov.examples;

import java.util.List;
import java.util.function.UnaryOperator;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentSource;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.ProfileDocument;
import org.gridgov.profile.ProfileReader;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;

/**
 * The seed cities shipped with the library as profiles on the classpath, with their real jurisdictions.
 */
public final class ExampleCities {
    /** The ids of the shipped cities. */
    public static final List<String> IDS = List.of("jilin", "jiangyuan", "shuangyashan");

    private ExampleCities() {
    }

    /**
     * Loads a shipped city.
     *
     * @param id one of {@link #IDS}
     * @throws IllegalArgumentException if the id is not a shipped city
     * @throws DocumentException        if the shipped profile is broken (a bug of the examples)
     */
    public static City load(String id) throws DocumentException {
        return load(id, p -> p);
    }

    /**
     * Loads a shipped city with a change to its profile made first (e.g. generated members added).
     *
     * @throws IllegalArgumentException if the id is not a shipped city
     * @throws DocumentException        if the changed profile is broken
     */
    public static City load(String id, UnaryOperator<CityProfile> change) throws DocumentException {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("no example city '" + id + "'; choose one of " + IDS);
        }
        DocumentSource source = DocumentSource.classpath(ExampleCities.class.getClassLoader(),
                "org/gridgov/examples/" + id);
        String text;
        try {
            text = source.read("city.yaml");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the shipped profile of " + id + " is missing", e);
        }
        ProfileDocument doc = ProfileReader.read("org/gridgov/examples/" + id + "/city.yaml", text);
        return CityLoader.load(doc.with(change.apply(doc.profile())), source);
    }

    /** True if the example city ships a rule pack. */
    public static boolean hasPack(String id) {
        return ExampleCities.class.getClassLoader().getResource("org/gridgov/examples/" + id + "/pack/pack.yaml") != null;
    }

    /**
     * Loads the rule pack of a shipped city, checked against everything the city's profile names.
     *
     * @throws IllegalArgumentException if the city ships no pack
     */
    public static PackLoadResult loadPack(City city) {
        if (!hasPack(city.id())) {
            throw new IllegalArgumentException("the example city '" + city.id() + "' ships no rule pack");
        }
        return loader().load(packSource(city.id()), PackContext.of(city));
    }

    private static final PackLoader LOADER = PackLoader.withBuiltIns()
            .withParents(id -> hasPack(id) ? java.util.Optional.of(packSource(id)) : java.util.Optional.empty());

    /** The loader of packs that may extend a shipped city's pack ({@code extends: jilin}) from any folder. */
    public static PackLoader loader() {
        return LOADER;
    }

    /** Where a shipped city's pack is read from (its rules, procedures and scenarios). */
    public static PackSource packSource(String id) {
        return PackSource.classpath(ExampleCities.class.getClassLoader(), "org/gridgov/examples/" + id + "/pack/");
    }
}
