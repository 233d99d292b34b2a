package org.gridgov.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.testkit.ScenarioTests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** A pack's scenario files as JUnit dynamic tests: the rules' scenario test pack passes; a broken pack fails. */
class ScenarioTestsTest {
    static City city;

    @BeforeAll
    static void load() throws Exception {
        city = CityLoader.loadResource(ScenarioTestsTest.class.getClassLoader(),
                "org/gridgov/rules/routing/routing-city.yaml");
    }

    @TestFactory
    Stream<DynamicTest> theScenarioPacksScenariosHold() {
        return ScenarioTests.dynamicTests(PackSource.classpath(ScenarioTestsTest.class.getClassLoader(),
                "org/gridgov/rules/scenario/pack/"), "scenarios", city);
    }

    @Test
    void aProcedureThePackCannotUseFailsTheScenariosInsteadOfRunningThemOnAnother(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("pack.yaml"), "id: p\nname: {zh: 测, en: p}\nversion: \"1\"\nextends: base\n"
                + "settings:\n  procedure: missing.yaml\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rules/r.drl"), "package org.gridgov.packs.p;\n"
                + "import org.gridgov.rules.facts.RoutingCase;\n"
                + "rule \"网格\" when $c : RoutingCase() then $c.handleAt(\"grid\"); end\n", StandardCharsets.UTF_8);
        List<DynamicTest> tests = ScenarioTests.dynamicTests(dir, city).toList();
        assertThat(tests).singleElement().satisfies(t -> {
            assertThat(t.getDisplayName()).startsWith("pack and procedures of");
            assertThatThrownBy(() -> t.getExecutable().execute()).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("settings.procedure: no procedure missing.yaml");
        });
    }

}
