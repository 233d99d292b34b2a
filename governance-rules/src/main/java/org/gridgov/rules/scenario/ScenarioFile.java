package org.gridgov.rules.scenario;

import org.gridgov.CityEngine;
import org.gridgov.i18n.Bilingual;

/**
 * A scenario file of a pack, of either kind: cases and their handling ({@link Scenario}), or deliberation items
 * and meetings ({@link DeliberationScenario}). {@link ScenarioSuite#readAny} tells them apart.
 */
public sealed interface ScenarioFile permits Scenario, DeliberationScenario {

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
