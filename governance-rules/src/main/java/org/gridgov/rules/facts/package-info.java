/**
 * The facts rule packs see. Rules may use these classes and, of the rest of Java, only what the sandbox's
 * allow-list names ({@code allowed-calls.txt}: strings, numbers, immutable {@code java.time} values, read-only
 * collections); anything else in what Drools compiled for a pack is refused before the pack runs.
 */
package org.gridgov.rules.facts;
