/**
 * Rule packs: folders of policy files (DRL, decision tables, Chinese DSL) with a {@code pack.yaml}, loaded,
 * checked and compiled with the Drools 10 executable model into one {@link org.kie.api.KieBase} per pack and
 * its parents. Every problem in a pack is a {@link org.gridgov.rules.pack.PackProblem} with file, line and, for
 * decision tables, sheet and cell, in Chinese and English; a pack with an error never yields a KieBase.
 * Compiled packs are cached by content hash.
 */
package org.gridgov.rules.pack;
