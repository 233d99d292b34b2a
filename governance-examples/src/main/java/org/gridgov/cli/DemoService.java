package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.city.City;
import org.gridgov.document.DocumentException;
import org.gridgov.examples.ExampleCities;
import org.gridgov.examples.simulation.ServiceSimulation;
import org.gridgov.profile.StaffingSpec;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.rules.scenario.ScenarioSuite;
import org.gridgov.rules.scenario.ServiceScenario;
import org.gridgov.rules.scenario.ServiceScenarioReader;
import org.gridgov.service.ServiceRates;

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
        return result.passed() && year();
    }

    /** A year of a thousand generated members in ten communities (the full scale: gridgov simulate-service). */
    private boolean year() {
        City withMembers;
        try {
            withMembers = ExampleCities.load(city.id(), p -> p.withMembers(new StaffingSpec.Members(1000, 25,
                    "resident-unit", "unit-party-organization", null, null, 10, 0.02)));
        } catch (DocumentException | IllegalArgumentException e) {
            return true; // a city whose profile cannot take generated members shows the scenario only
        }
        CityEngine engine = GridGov.forCity(withMembers).pack(compiled, ExampleCities.packSource(city.id())).build();
        Year y = Year.of(2024);
        ServiceSimulation.Result r = ServiceSimulation.run(engine, y, ServiceSimulation.Behaviour.seed(), 1, () -> { });
        var s = engine.engine().service();
        ServiceRates rates = s.ratesOf(withMembers.jurisdiction().root().id(), y);
        long ineligible = withMembers.people().inServiceMembers().stream().flatMap(p -> p.employer().stream())
                .distinct().filter(u -> !s.standing(u, y).eligible()).count();
        out.printf("%s: %d %s, %d %s; %s %s, %s %s; %s %d%n", zh ? "模拟一年" : "a simulated year",
                rates.expected().size(), zh ? "名在职党员" : "in-service members", r.commands(),
                zh ? "条命令" : "commands", zh ? "报到率" : "report-in rate",
                ServiceListing.percent(rates.reportInRate()), zh ? "服务率" : "service rate",
                ServiceListing.percent(rates.serviceRate()), zh ? "不得评先评优的单位" : "units not considered for awards",
                ineligible);
        return true;
    }
}
