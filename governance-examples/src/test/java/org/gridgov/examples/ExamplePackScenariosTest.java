package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.gridgov.city.City;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.scenario.ScenarioSuite;
import org.gridgov.testkit.ScenarioTests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every shipped example pack's scenario files, as JUnit tests over the pack's own city. */
class ExamplePackScenariosTest {

    @TestFactory
    Stream<DynamicTest> scenariosOfTheExamplePacks() throws Exception {
        Stream<DynamicTest> all = Stream.empty();
        int files = 0;
        for (String id : ExampleCities.IDS) {
            if (!ExampleCities.hasPack(id)) {
                continue;
            }
            City city = ExampleCities.load(id);
            PackSource source = PackSource.classpath(ExampleCities.class.getClassLoader(),
                    "org/gridgov/examples/" + id + "/pack/");
            files += ScenarioSuite.files(source, ScenarioSuite.FOLDER).size();
            all = Stream.concat(all, ScenarioTests.dynamicTests(source, ScenarioSuite.FOLDER, city));
        }
        assertThat(files).as("the example packs ship scenarios").isPositive();
        return all;
    }
}
