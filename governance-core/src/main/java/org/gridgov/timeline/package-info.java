/**
 * What the append-only timelines of deliberation and service share: a proposed event is a {@link
 * org.gridgov.timeline.Change} — accepted with the new state, or refused with why. Issues keep their own
 * {@code Outcome}, which predates this.
 */
package org.gridgov.timeline;
