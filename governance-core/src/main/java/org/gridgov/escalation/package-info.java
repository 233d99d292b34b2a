/**
 * Escalation support that needs no rule engine: the index of due instants of open issues, derived from their
 * timelines, which a tick consults so that its cost grows with what is due rather than with what is open.
 */
package org.gridgov.escalation;
