/**
 * Issues: resident requests, incidents, disputes and hotline cases (接诉即办). An {@link
 * org.gridgov.issue.Issue} is an append-only timeline of immutable {@link org.gridgov.issue.IssueEvent}s, from
 * the report through routing, acceptance or dispatch rejection, escalation, summons and report-in,
 * consultation, resolution, feedback, callbacks and rating, reopening and closing, and exclusion from
 * assessment; status, owner, participants and deadlines
 * are derived by replaying it. Commands return an {@link org.gridgov.issue.Outcome} that is either the new
 * state with the event to store or a bilingual refusal, so the lifecycle never throws for a refused step, and
 * time always comes in as an argument.
 */
package org.gridgov.issue;
