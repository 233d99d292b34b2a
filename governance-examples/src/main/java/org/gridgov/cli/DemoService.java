package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.document.DocumentException;
import org.gridgov.examples.ExampleCities;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.rules.scenario.ScenarioSuite;
import org.gridgov.rules.scenario.ServiceScenario;
import org.gridgov.rules.scenario.ServiceScenarioReader;

/** The demo's party-member service: the pack's member coming home played, and what it left. */
final class DemoService extends DemoPart {
    static final String SCENARIO = "scenarios/members-come-home.yaml";

    DemoService(GridGov door, CityEngine first, PrintWriter out, Locale locale) {
        super(door, first, out, locale);
    }

    /** Plays the scenario if the pack ships it; false if it fails (the demo then fails too). */
    boolean run() {
        var source = ExampleCities.packSource(city.id());
        if (!ScenarioSuite.files(source, ScenarioSuite.FOLDER).contains(SCENARIO)) {
            return true;
        }
        ServiceScenario scenario;
        try {
            scenario = ServiceScenarioReader.read(SCENARIO, new String(source.read(SCENARIO), StandardCharsets.UTF_8));
        } catch (DocumentException e) {
            e.problems().forEach(p -> out.println("  " + p.describe(locale)));
            return false;
        } catch (java.io.IOException e) {
            out.println("  " + SCENARIO + ": " + e.getMessage());
            return false;
        }
        CityEngine engine = door.build();
        ScenarioResult result = scenario.run(engine);
        out.println();
        out.printf("%s: %s%n", zh ? "六、在职党员回家" : "6. In-service members come home", scenario.name().in(locale));
        ServiceListing.print(city, engine.engine().service(), Optional.empty(), Optional.of(scenario.year()), locale,
                out);
        if (!result.passed()) {
            out.println(result.failureReport());
        }
        return result.passed();
    }
}
