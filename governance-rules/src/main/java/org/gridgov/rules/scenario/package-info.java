/**
 * Scenarios (场景): YAML files in a pack's {@code scenarios/} folder that tell a story in the policy's own
 * terms — cases reported at a start instant, actions and clock advances at offsets, and expectations about where
 * each case stands — and are run against the pack over a city on a simulated clock.
 *
 * <p>{@link org.gridgov.rules.scenario.ScenarioReader} reads one file strictly, with located problems;
 * {@link org.gridgov.rules.scenario.ScenarioRunner} runs it; {@link org.gridgov.rules.scenario.ScenarioSuite}
 * finds a pack's scenario files; {@link org.gridgov.testkit.ScenarioTests} turns them into JUnit 5 dynamic
 * tests (JUnit Jupiter API is an optional dependency, needed only for that class).
 */
package org.gridgov.rules.scenario;
