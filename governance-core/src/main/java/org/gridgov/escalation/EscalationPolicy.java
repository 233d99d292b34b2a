package org.gridgov.escalation;

/**
 * Decides what happens when a deadline, a warning instant or a report-in deadline of an issue falls due: warn,
 * escalate one level up (吹哨), summon organizations to report in, record a missed report-in, supervise, set
 * new deadlines. governance-rules implements it with the pack's rules.
 *
 * <p>Deterministic: the same request gives the same decision; no wall-clock reads. Thread-safe.
 */
@FunctionalInterface
public interface EscalationPolicy {

    /** Decides on one due item. */
    EscalationDecision decide(EscalationRequest request);
}
