/**
 * The policy test kit, the artifact governance-test that a host's tests depend on: a pack's scenarios as JUnit 5
 * dynamic tests ({@link org.gridgov.testkit.ScenarioTests}); a fluent verifier that routes a case with a pack and
 * checks, one line per expectation, which rules fired, where the case went, its limit and its reason, failing in
 * words ({@link org.gridgov.testkit.PolicyVerifier}); jqwik generators of random cities, rosters, issues and
 * histories ({@link org.gridgov.testkit.GovernanceArbitraries}) and of mutated files for fuzzing parsers
 * ({@link org.gridgov.testkit.Mutations}); and the engine's invariants as reusable checks
 * ({@link org.gridgov.testkit.GovernanceInvariants}).
 */
package org.gridgov.testkit;
