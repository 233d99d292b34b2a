/**
 * Follow-up visits to registered key groups (关键人群: 老、幼、残、工、青、妇) as issues: a {@link
 * org.gridgov.visit.VisitPlan} says how often each group is visited and under which category and channel, {@link
 * org.gridgov.visit.FollowUpVisits} lists the visits a period brings and files them with the engine, so that visits
 * are routed, timed, escalated and scored like any other case. Pure Java: which rules route a visit is the rule
 * pack's business.
 */
package org.gridgov.visit;
