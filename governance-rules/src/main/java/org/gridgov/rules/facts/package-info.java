/**
 * The facts rule packs see. Rules may use these classes and nothing else of Java: the pack loader refuses
 * imports from outside this package, {@code java.lang}, {@code java.util} and {@code java.time}.
 */
package org.gridgov.rules.facts;
