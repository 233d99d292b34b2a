package org.gridgov.rules.firing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
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
 * cuts the list at each firing, so rules need not name themselves. It can watch several cases fired together in
 * one session, attributing each firing to the case it matched.
 */
public final class FiringRecorder extends DefaultAgendaEventListener {
    private Map<ProposalLog, Integer> index = Map.of();
    private final List<ProposalLog> cases = new ArrayList<>();
    private final List<List<Firing>> firings = new ArrayList<>();
    private ProposalLog current;
    private int before;
    /** True once a firing matched no watched case or more than one: it cannot be told whose it is. */
    private boolean tangled;

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
        watch(List.of(log));
    }

    /** A recorder watching no case yet; see {@link #watch}. */
    FiringRecorder() {
    }

    /** Forgets what it recorded and watches these cases, fired together. */
    void watch(List<? extends ProposalLog> logs) {
        // A fresh map: clearing one grown by a batch costs its whole capacity on every later single case.
        index = logs.size() > 1 ? new IdentityHashMap<>(logs.size()) : Map.of();
        cases.clear();
        firings.clear();
        tangled = false;
        current = null;
        for (ProposalLog log : logs) {
            if (logs.size() > 1) {
                index.put(log, cases.size());
            }
            cases.add(log);
            firings.add(new ArrayList<>(4));
        }
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = null;
        if (cases.size() == 1) {
            current = cases.get(0);
        } else {
            for (Object o : event.getMatch().getObjects()) {
                if (o instanceof ProposalLog log && index.containsKey(log)) {
                    if (current != null && current != log) {
                        tangled = true;
                    }
                    current = log;
                }
            }
            if (current == null) {
                tangled = true;
            }
        }
        before = current == null ? 0 : current.proposalCount();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (current == null) {
            return;
        }
        Match match = event.getMatch();
        Map<String, String> matched = new LinkedHashMap<>();
        for (String id : match.getDeclarationIds()) {
            Object value = match.getDeclarationValue(id);
            matched.put(id, String.valueOf(value));
        }
        if (matched.isEmpty()) {
            match.getObjects().forEach(o -> matched.put(o.getClass().getSimpleName(), String.valueOf(o)));
        }
        firings.get(cases.size() == 1 ? 0 : index.get(current)).add(new Firing(match.getRule().getName(),
                current.proposals().subList(before, current.proposalCount()), matched));
    }

    /** The firings so far, in order (of the first case watched). */
    public List<Firing> firings() {
        return List.copyOf(firings.get(0));
    }

    /** The firings of each watched case, in the order the cases were given. */
    List<List<Firing>> all() {
        List<List<Firing>> out = new ArrayList<>(firings.size());
        for (List<Firing> f : firings) {
            out.add(List.copyOf(f));
        }
        return out;
    }

    /** True if some firing matched none of the watched cases, or several: the firings cannot be attributed. */
    boolean tangled() {
        return tangled;
    }
}
