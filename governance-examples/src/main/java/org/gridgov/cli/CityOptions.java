package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentSource;
import org.gridgov.examples.ExampleCities;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.ProfileDocument;
import org.gridgov.profile.ProfileReader;
import org.gridgov.profile.StaffingSpec;
import picocli.CommandLine.Option;

/** The options that choose a city, shared by the subcommands: an example city or a profile file. */
final class CityOptions {

    @Option(names = "--city", description = "Example city: ${COMPLETION-CANDIDATES}", completionCandidates = CityIds.class)
    String city;

    @Option(names = "--profile", description = "A city profile file (YAML or JSON) instead of an example city.")
    Path profile;

    @Option(names = "--lang", description = "zh or en (default: the system's language)")
    String lang;

    @Option(names = "--members", paramLabel = "N",
            description = "Add N generated in-service party members to the city (staffing.members), e.g. 37455.")
    Integer members;

    @Option(names = "--units", paramLabel = "N", defaultValue = "890",
            description = "With --members: how many units employ them, each paired with a community (default 890).")
    int units;

    @Option(names = "--communities", paramLabel = "N",
            description = "With --members: how many communities take part (default all).")
    Integer communities;

    @Option(names = "--elsewhere", paramLabel = "SHARE", defaultValue = "0.02",
            description = "With --members: the share living in none of the communities (default 0.02).")
    double elsewhere;

    @Option(names = "--unit-type", defaultValue = "resident-unit",
            description = "With --members: the units' organization type (default resident-unit).")
    String unitType;

    @Option(names = "--branch-type", defaultValue = "unit-party-organization",
            description = "With --members: their party branches' type (default unit-party-organization).")
    String branchType;

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

    /** The profile with the generated members the options ask for, in its staffing section; as it is without. */
    CityProfile withMembers(CityProfile p) {
        if (members == null) {
            return p;
        }
        return p.withMembers(new StaffingSpec.Members(members, units, unitType, branchType, null, null, communities,
                elsewhere));
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
            if (profile == null) {
                return Optional.of(ExampleCities.load(city != null ? city : fallback, this::withMembers));
            }
            ProfileDocument doc = ProfileReader.read(profile);
            return Optional.of(CityLoader.load(doc.with(withMembers(doc.profile())),
                    DocumentSource.directory(profile.toAbsolutePath().getParent())));
        } catch (DocumentException e) {
            e.problems().forEach(p -> err.println(p.describe(locale())));
            err.flush();
            return Optional.empty();
        }
    }
}
