/**
 * Synthetic streams of cases on a simulated clock, for demos and for trying a pack on a month of work: who
 * reports what, where and when, and how simulated people handle it. Deterministic for a seed.
 */
package org.gridgov.examples.simulation;
