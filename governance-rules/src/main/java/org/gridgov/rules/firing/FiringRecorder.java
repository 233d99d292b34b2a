package org.gridgov.rules.firing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.rules.facts.ProposalLog;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.Match;

/**
 * Records which rule asked for which proposals: rule actions only append to the case, and this listener
 * cuts the list at each firing, so rules need not name themselves.
 */
public final class FiringRecorder extends DefaultAgendaEventListener {
    private final ProposalLog log;
    private final List<Firing> firings = new ArrayList<>();
    private int before;

    /**
     * Runs a fresh session of a KieBase over one fact and returns what each rule that fired proposed. The
     * session is disposed of before returning.
     */
    public static List<Firing> fire(KieBase kieBase, ProposalLog fact) {
        KieSession session = kieBase.newKieSession();
        try {
            FiringRecorder recorder = new FiringRecorder(fact);
            session.addEventListener(recorder);
            session.insert(fact);
            session.fireAllRules();
            return recorder.firings();
        } finally {
            session.dispose();
        }
    }

    public FiringRecorder(ProposalLog log) {
        this.log = log;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        before = log.proposalCount();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Match match = event.getMatch();
        Map<String, String> matched = new LinkedHashMap<>();
        for (String id : match.getDeclarationIds()) {
            Object value = match.getDeclarationValue(id);
            matched.put(id, String.valueOf(value));
        }
        if (matched.isEmpty()) {
            match.getObjects().forEach(o -> matched.put(o.getClass().getSimpleName(), String.valueOf(o)));
        }
        firings.add(new Firing(match.getRule().getName(),
                log.proposals().subList(before, log.proposalCount()), matched));
    }

    /** The firings so far, in order. */
    public List<Firing> firings() {
        return List.copyOf(firings);
    }
}
