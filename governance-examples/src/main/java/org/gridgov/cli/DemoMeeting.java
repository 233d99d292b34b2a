package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.document.DocumentException;
import org.gridgov.examples.ExampleCities;
import org.gridgov.rules.scenario.DeliberationScenario;
import org.gridgov.rules.scenario.DeliberationScenarioReader;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.rules.scenario.ScenarioSuite;

/** The demo's deliberation: the pack's small-bench meeting played as a real meeting, and what it left. */
final class DemoMeeting extends DemoPart {
    static final String MEETING = "scenarios/small-bench-meeting.yaml";

    DemoMeeting(GridGov door, CityEngine first, PrintWriter out, Locale locale) {
        super(door, first, out, locale);
    }

    /** Plays the meeting if the pack ships it; false if its scenario fails (the demo then fails too). */
    boolean run() {
        var source = ExampleCities.packSource(city.id());
        if (!ScenarioSuite.files(source, ScenarioSuite.FOLDER).contains(MEETING)) {
            return true;
        }
        DeliberationScenario scenario;
        try {
            scenario = DeliberationScenarioReader.read(MEETING, new String(source.read(MEETING), StandardCharsets.UTF_8));
        } catch (DocumentException e) {
            e.problems().forEach(p -> out.println("  " + p.describe(locale)));
            return false;
        } catch (java.io.IOException e) {
            out.println("  " + MEETING + ": " + e.getMessage());
            return false;
        }
        CityEngine engine = door.build();
        ScenarioResult result = scenario.run(engine);
        out.println();
        out.printf("%s: %s%n", zh ? "五、议事协商" : "5. Deliberation", scenario.name().in(locale));
        BodyListing.print(city, engine, null, locale, out);
        if (!result.passed()) {
            out.println(result.failureReport());
        }
        return result.passed();
    }
}
