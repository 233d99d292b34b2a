/**
 * The policy test kit for Java tests: a fluent verifier that routes a case with a pack and checks, one line per
 * expectation, which rules fired, where the case went, its limit and its reason, failing in words.
 */
package org.gridgov.rules.testkit;
