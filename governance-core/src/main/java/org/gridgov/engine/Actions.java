package org.gridgov.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridgov.escalation.DueItem;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.escalation.EscalationAction;
import org.gridgov.escalation.EscalationDecision;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.policy.RuleTrace;

/** Turns an escalation decision's actions into events on an issue's timeline. */
final class Actions {
    private Actions() {
    }

    static void apply(CityGovernance engine, CityGovernance.Chain chain, DueItem item, EscalationDecision decision,
                      Instant now) {
        var actor = CityGovernance.engine();
        for (EscalationAction action : decision.actions()) {
            Issue issue = chain.issue();
            if (action instanceof EscalationAction.Warn w) {
                chain.add(issue.warn(item.key(), w.message(), actor, now));
            } else if (action instanceof EscalationAction.Escalate x) {
                Optional<RoutingDecision> up = engine.routeUp(issue, x.atLeast(), now);
                if (up.isPresent() && !up.get().owner().equals(issue.owner().orElse(null))) {
                    // What fell due and the escalation rule first, then the routing that chose the new owner.
                    Bilingual reason = Bilingual.of(x.reason().zh() + "；" + up.get().explanation().reason().zh(),
                            x.reason().en() + "; " + up.get().explanation().reason().en());
                    List<RuleTrace> rules = new ArrayList<>(decision.explanation().fired());
                    rules.addAll(up.get().explanation().fired());
                    if (chain.add(issue.escalate(up.get().owner(), reason, CityGovernance.basis(decision.policy(), rules),
                            up.get().coHandlers(), actor, now))) {
                        chain.deadlines(up.get().timeLimit(), now);
                    }
                }
            } else if (action instanceof EscalationAction.Summon s) {
                var due = s.reportIn().dueFrom(engine.local(now), engine.calendar(issue));
                chain.add(issue.summon(s.organization(), Optional.of(engine.instant(due)), actor, now));
            } else if (action instanceof EscalationAction.RecordMissedReportIn m) {
                chain.add(issue.recordMissedReportIn(m.organization(), actor, now));
            } else if (action instanceof EscalationAction.Supervise s) {
                chain.add(issue.supervise(s.note(), actor, now));
            } else if (action instanceof EscalationAction.ReassignToBackup r) {
                engine.actingForOwner(issue, now).ifPresent(owner -> chain.add(issue.reassign(owner, r.reason(), actor, now)));
            } else if (action instanceof EscalationAction.Reopen r) {
                chain.add(issue.reopen(r.reason(), actor, now));
            } else if (action instanceof EscalationAction.SetDeadline d) {
                if (d.kind().equals(CityGovernance.RESOLVE)) {
                    chain.deadlines(d.limit(), now);
                } else {
                    var due = d.limit().dueFrom(engine.local(now), engine.calendar(issue));
                    chain.add(issue.setDeadline(d.kind(), engine.instant(due), actor, now));
                }
            }
        }
    }
}
