/**
 * Deliberation decided with a rule pack: the pack's rules match an {@link org.gridgov.rules.facts.AgendaCase},
 * {@link org.gridgov.rules.facts.CountingCase}, {@link org.gridgov.rules.facts.FollowUpCase} or
 * {@link org.gridgov.rules.facts.BodyScoringCase} and ask for what the {@link
 * org.gridgov.deliberation.DeliberationPolicy} answers, each answer explained with the rules that gave it.
 */
package org.gridgov.rules.deliberation;
