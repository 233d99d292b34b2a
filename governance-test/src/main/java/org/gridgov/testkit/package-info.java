/**
 * The policy test kit for Java tests: a fluent verifier that routes a case with a pack and checks, one line per
 * expectation, which rules fired, where the case went, its limit and its reason, failing in words; jqwik
 * generators of random cities, rosters, issues and histories ({@link org.gridgov.testkit.GovernanceArbitraries});
 * and the engine's invariants as reusable checks ({@link org.gridgov.testkit.GovernanceInvariants}).
 */
package org.gridgov.testkit;
