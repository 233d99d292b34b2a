package org.gridgov.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gridgov.GridGov;
import org.gridgov.city.City;
import org.gridgov.document.DocumentException;
import org.gridgov.rules.pack.PackLoadException;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.scenario.ScenarioFile;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.rules.scenario.ScenarioSuite;
import org.junit.jupiter.api.DynamicTest;

/**
 * A pack's scenarios as JUnit 5 dynamic tests, one per file:
 *
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicTest&gt; scenarios() {
 *     return ScenarioTests.dynamicTests(Path.of("packs/my-city"), city);
 * }
 * </pre>
 *
 * <p>Part of governance-test, the artifact a host's tests depend on; it brings JUnit Jupiter's API.
 */
public final class ScenarioTests {
    private ScenarioTests() {
    }

    /** One test per file of {@code scenarios/} in the pack folder, run over the city. */
    public static Stream<DynamicTest> dynamicTests(Path packFolder, City city) {
        return dynamicTests(PackSource.directory(packFolder), ScenarioSuite.FOLDER, city);
    }

    /** One test per scenario file of a folder of the pack, run over the city. */
    public static Stream<DynamicTest> dynamicTests(PackSource source, String scenariosFolder, City city) {
        GridGov door = GridGov.forCity(city).pack(source);
        try {
            door.build(); // loads and checks the pack and its procedures once
        } catch (PackLoadException e) {
            // A procedure the pack declares but that cannot be used would run the scenarios on another one.
            return Stream.of(DynamicTest.dynamicTest("pack and procedures of " + source.describe(), () -> {
                throw new AssertionError("规则包无法加载 / the pack does not load:\n" + e.describe(Locale.ENGLISH));
            }));
        }
        List<String> files = ScenarioSuite.files(source, scenariosFolder);
        if (files.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("scenarios of " + source.describe(), () -> {
                throw new AssertionError("没有场景文件 / no scenario files in " + scenariosFolder + "/ of "
                        + source.describe());
            }));
        }
        return files.stream().map(file -> {
            ScenarioFile scenario;
            try {
                scenario = ScenarioSuite.readAny(source, file);
            } catch (DocumentException e) {
                String problems = e.problems().stream().map(p -> p.describe(Locale.ENGLISH) + " / " + p.message().zh())
                        .collect(Collectors.joining("\n"));
                return DynamicTest.dynamicTest(file, () -> {
                    throw new AssertionError("场景文件有误 / the scenario file is malformed:\n" + problems);
                });
            }
            return DynamicTest.dynamicTest(file + ": " + scenario.name().zh() + " / " + scenario.name().en(), () -> {
                ScenarioResult result = scenario.run(door.build());
                if (!result.passed()) {
                    throw new AssertionError(result.failureReport());
                }
            });
        });
    }
}
