package org.gridgov.rules.scenario;

import org.gridgov.CityEngine;
import org.gridgov.i18n.Bilingual;

/**
 * A scenario file of a pack, of any kind: cases and their handling ({@link Scenario}), deliberation items
 * and meetings ({@link DeliberationScenario}), or party-member and unit service ({@link ServiceScenario}).
 * {@link ScenarioSuite#readAny} tells them apart.
 */
public sealed interface ScenarioFile permits Scenario, DeliberationScenario, ServiceScenario {

    /** The file's name. */
    String file();

    /** What it shows. */
    Bilingual name();

    /**
     * Runs it on a fresh engine.
     *
     * @throws IllegalArgumentException if the engine's store is not empty
     */
    ScenarioResult run(CityEngine engine);
}
