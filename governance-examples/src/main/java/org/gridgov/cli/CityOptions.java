package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;
import org.gridgov.examples.ExampleCities;
import picocli.CommandLine.Option;

/** The options that choose a city, shared by the subcommands: an example city or a profile file. */
final class CityOptions {

    @Option(names = "--city", description = "Example city: ${COMPLETION-CANDIDATES}", completionCandidates = CityIds.class)
    String city;

    @Option(names = "--profile", description = "A city profile file (YAML or JSON) instead of an example city.")
    Path profile;

    @Option(names = "--lang", description = "zh or en (default: the system's language)")
    String lang;

    static final class CityIds extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        CityIds() {
            super(ExampleCities.IDS);
        }
    }

    /** The language to print in. */
    Locale locale() {
        return lang == null ? Locale.getDefault() : Locale.forLanguageTag(lang);
    }

    boolean zh() {
        return "zh".equals(locale().getLanguage());
    }

    /** True if a city was chosen. */
    boolean chosen() {
        return city != null || profile != null;
    }

    /**
     * Loads the chosen city, or {@code fallback} if none was chosen; prints problems and returns empty if it
     * cannot be loaded.
     *
     * @throws IllegalArgumentException for an unknown example city (a usage error)
     */
    Optional<City> load(String fallback, PrintWriter err) {
        try {
            return Optional.of(profile != null ? CityLoader.load(profile)
                    : ExampleCities.load(city != null ? city : fallback));
        } catch (DocumentException e) {
            e.problems().forEach(p -> err.println(p.describe(locale())));
            err.flush();
            return Optional.empty();
        }
    }
}
