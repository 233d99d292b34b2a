/**
 * The active pack at run time, shared by the routing, escalation and evaluation policies so that they import
 * none of each other: the pack as the policies see it ({@link org.gridgov.rules.runtime.ActivePack}, made from a
 * compiled pack by {@link org.gridgov.rules.runtime.CompiledActivePack#of}), its settings on levels, handlers and
 * limits ({@link org.gridgov.rules.runtime.PackSettings}), and the prepared pack each policy keeps between
 * decisions, swapped when another pack becomes active ({@link org.gridgov.rules.runtime.PackRuntime}).
 */
package org.gridgov.rules.runtime;
