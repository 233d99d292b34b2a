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
 * The three seed practices of deliberation end to end on the base pack's rules: 双鸭山's 五方共议, 吉林's 小板凳 and
 * the fringe community's monthly alliance meeting, each a scenario file of the deliberation test pack.
 */
class DeliberationScenariosTest {
    static City city;
    static PackSource pack;

    @BeforeAll
    static void load() throws Exception {
        city = CityLoader.loadResource(DeliberationScenariosTest.class.getClassLoader(),
                "org/gridgov/rules/scenario/deliberation-city.yaml");
        pack = PackSource.directory(Path.of(DeliberationScenariosTest.class.getClassLoader()
                .getResource("org/gridgov/rules/scenario/deliberation").toURI()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"five-party-council.yaml", "small-bench.yaml", "alliance-meeting.yaml"})
    void theScenarioRunsEndToEnd(String file) throws Exception {
        ScenarioFile scenario = ScenarioSuite.readAny(pack, "scenarios/" + file);
        assertThat(scenario).isInstanceOf(DeliberationScenario.class);

        ScenarioResult result = scenario.run(GridGov.forCity(city).pack(pack).build());

        assertThat(result.passed()).as(result.failureReport()).isTrue();
        assertThat(result.results()).hasSizeGreaterThan(10);
        assertThat(result.cases()).as("the resolutions' tasks are the scenario's cases").isNotEmpty();
    }

}
