/**
 * Escalation (吹哨、报到、会商、督办): what falls due on an issue ({@link org.gridgov.escalation.DueItem}), the port
 * that decides what to do about it ({@link org.gridgov.escalation.EscalationPolicy}), its request, its decision
 * and the actions a decision may take. The engine applies the actions; governance-rules implements the port.
 */
package org.gridgov.escalation;
