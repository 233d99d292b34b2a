/**
 * The shared kernel of every policy area (routing, escalation, evaluation): the explanation each decision
 * carries (the rules that fired, the candidates that lost, a reason in Chinese and English), the trace of one
 * rule, and the pack version that decided. The policy ports themselves live with their area.
 */
package org.gridgov.policy;
