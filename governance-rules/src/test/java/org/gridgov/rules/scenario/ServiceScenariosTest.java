package org.gridgov.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gridgov.GridGov;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.rules.pack.PackSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Party-member and unit service end to end on the base pack's rules: 龙岩's double report-in with the residence
 * rule and the employer's pairing, a wish fulfilled and a service confirmed only after verification, 双鸭山's menu
 * order from 点单 to 晒单, a joint-building project, and a service left unverified — each a scenario file.
 */
class ServiceScenariosTest {
    static City city;
    static PackSource pack;

    @BeforeAll
    static void load() throws Exception {
        city = CityLoader.loadResource(ServiceScenariosTest.class.getClassLoader(),
                "org/gridgov/rules/scenario/deliberation-city.yaml");
        pack = PackSource.directory(Path.of(ServiceScenariosTest.class.getClassLoader()
                .getResource("org/gridgov/rules/scenario/service").toURI()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"members-come-home.yaml", "menu-order.yaml", "joint-building.yaml", "verification-overdue.yaml"})
    void theScenarioRunsEndToEnd(String file) throws Exception {
        ScenarioFile scenario = ScenarioSuite.readAny(pack, "scenarios/" + file);
        assertThat(scenario).isInstanceOf(ServiceScenario.class);

        ScenarioResult result = scenario.run(GridGov.forCity(city).pack(pack).build());

        assertThat(result.passed()).as(result.failureReport()).isTrue();
        assertThat(result.results()).hasSizeGreaterThan(5);
    }
}
