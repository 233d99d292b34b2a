package org.gridgov.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.escalation.DueItem;
import org.gridgov.escalation.EscalationAction;
import org.gridgov.escalation.EscalationDecision;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.Issue;
import org.gridgov.policy.RuleTrace;
import org.gridgov.routing.RoutingDecision;

/** Turns an escalation decision's actions into events on an issue's transaction. */
final class Actions {
    private static final Actor ENGINE = CityGovernance.engine();

    private Actions() {
    }

    /**
     * Applies every action in order.
     *
     * @throws IllegalArgumentException for an action this engine does not know how to apply: a new kind of
     *                                  action must be handled here, never silently skipped
     */
    static void apply(Rerouting rerouting, Transaction tx, DueItem item, EscalationDecision decision, Instant now) {
        for (EscalationAction action : decision.actions()) {
            Issue issue = tx.issue();
            if (action instanceof EscalationAction.Warn w) {
                tx.add(issue.warn(item.key(), w.message(), ENGINE, now));
            } else if (action instanceof EscalationAction.Escalate x) {
                escalate(rerouting, tx, decision, x, now);
            } else if (action instanceof EscalationAction.Summon s) {
                tx.add(issue.summon(s.organization(), Optional.of(tx.dueFrom(s.reportIn(), now)), ENGINE, now));
            } else if (action instanceof EscalationAction.RecordMissedReportIn m) {
                tx.add(issue.recordMissedReportIn(m.organization(), ENGINE, now));
            } else if (action instanceof EscalationAction.Supervise s) {
                tx.add(issue.supervise(s.note(), ENGINE, now));
            } else if (action instanceof EscalationAction.ReassignToBackup r) {
                rerouting.actingForOwner(issue, now).ifPresent(o -> tx.add(issue.reassign(o, r.reason(), ENGINE, now)));
            } else if (action instanceof EscalationAction.Reopen r) {
                tx.add(issue.reopen(r.reason(), ENGINE, now));
            } else if (action instanceof EscalationAction.SetDeadline d) {
                setDeadline(tx, d, now);
            } else {
                throw new IllegalArgumentException("the engine cannot apply the escalation action " + action);
            }
        }
    }

    /** One level up (or to the asked floor); nothing above the top, or if routing keeps the same owner. */
    private static void escalate(Rerouting rerouting, Transaction tx, EscalationDecision decision,
                                 EscalationAction.Escalate x, Instant now) {
        Issue issue = tx.issue();
        Optional<RoutingDecision> up = rerouting.routeUp(issue, x.atLeast(), now);
        if (up.isEmpty() || up.get().owner().equals(issue.owner().orElse(null))) {
            return;
        }
        // What fell due and the escalation rule first, then the routing that chose the new owner.
        Bilingual reason = Bilingual.of(x.reason().zh() + "；" + up.get().explanation().reason().zh(),
                x.reason().en() + "; " + up.get().explanation().reason().en());
        List<RuleTrace> rules = new ArrayList<>(decision.explanation().fired());
        rules.addAll(up.get().explanation().fired());
        if (tx.add(issue.escalate(up.get().owner(), reason, Router.basis(decision.policy(), rules),
                up.get().coHandlers(), ENGINE, now))) {
            tx.deadlines(up.get().timeLimit(), now);
        }
    }

    private static void setDeadline(Transaction tx, EscalationAction.SetDeadline d, Instant now) {
        if (d.kind().equals(DeadlineKind.RESOLVE)) {
            tx.deadlines(d.limit(), now);
        } else {
            tx.add(tx.issue().setDeadline(d.kind(), tx.dueFrom(d.limit(), now), ENGINE, now));
        }
    }
}
