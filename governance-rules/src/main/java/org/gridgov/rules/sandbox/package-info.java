/**
 * The sandbox for rule packs, which are untrusted code: what the executable model compiled for a pack is read
 * back as class files and every class, method and field its constant pools reference is checked against an
 * allow-list ({@code allowed-calls.txt} beside {@link org.gridgov.rules.sandbox.AllowList}); loops and recursion
 * in rule code are refused, so that every constraint and action runs in bounded time; and firing is bounded per
 * decision ({@link org.gridgov.rules.firing.FiringBudget}): a number of firings, a time budget and an allocation
 * budget, past which the decision stops with an incident instead of hanging the host.
 */
package org.gridgov.rules.sandbox;
