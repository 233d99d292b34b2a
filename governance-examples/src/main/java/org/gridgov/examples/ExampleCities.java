package org.gridgov.examples;

import java.util.List;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;

/**
 * The seed cities shipped with the library as profiles on the classpath, with their real jurisdictions.
 */
public final class ExampleCities {
    /** The ids of the shipped cities. */
    public static final List<String> IDS = List.of("jilin", "jiangyuan");

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
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("no example city '" + id + "'; choose one of " + IDS);
        }
        return CityLoader.loadResource(ExampleCities.class.getClassLoader(),
                "org/gridgov/examples/" + id + "/city.yaml");
    }
}
