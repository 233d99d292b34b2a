package org.gridgov.rules.firing;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.rules.facts.ProposalLog;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Records which rule asked for which proposals: rule actions only append to the case, and this listener
 * cuts the list at each firing, so rules need not name themselves. It can watch several cases fired together in
 * one session, attributing each firing to the case it matched.
 *
 * <p>It is also the agenda filter to fire with: it keeps the firing within a {@link FiringBudget}, each case's
 * firings counted apart, and refuses every match once the budget is spent ({@link #incident()} says why).
 */
public final class FiringRecorder extends DefaultAgendaEventListener implements AgendaFilter {
    private final FiringBudget budget;
    private FiringBudget.Meter meter;
    /** How many times the case of the last firing has fired: its count against the budget. */
    private int lastCaseFirings;
    private Map<ProposalLog, Integer> index = Map.of();
    private final List<ProposalLog> cases = new ArrayList<>();
    private final List<List<Firing>> firings = new ArrayList<>();
    private ProposalLog current;
    private int before;
    /** True once a firing matched no watched case or more than one: it cannot be told whose it is. */
    private boolean tangled;

    /**
     * Runs a fresh session of a KieBase over one fact within the default budget and returns what each rule that
     * fired proposed. The session is disposed of before returning.
     *
     * @throws FiringBudget.Exceeded if the rules fired beyond the budget
     */
    public static List<Firing> fire(KieBase kieBase, ProposalLog fact) {
        return fire(kieBase, fact, FiringBudget.DEFAULT);
    }

    /**
     * Runs a fresh session of a KieBase over one fact within a budget and returns what each rule that fired
     * proposed. The session is disposed of before returning.
     *
     * @throws FiringBudget.Exceeded if the rules fired beyond the budget
     */
    public static List<Firing> fire(KieBase kieBase, ProposalLog fact, FiringBudget budget) {
        KieSession session = kieBase.newKieSession();
        try {
            FiringRecorder recorder = new FiringRecorder(fact, budget);
            session.addEventListener(recorder);
            session.insert(fact);
            session.fireAllRules(recorder);
            recorder.meter.check();
            return recorder.firings();
        } finally {
            session.dispose();
        }
    }

    /** A recorder of one case, within the default budget. */
    public FiringRecorder(ProposalLog log) {
        this(log, FiringBudget.DEFAULT);
    }

    /** A recorder of one case, within a budget. */
    public FiringRecorder(ProposalLog log, FiringBudget budget) {
        this.budget = java.util.Objects.requireNonNull(budget, "budget");
        watch(List.of(log));
    }

    /** A recorder watching no case yet; see {@link #watch}. */
    FiringRecorder(FiringBudget budget) {
        this.budget = java.util.Objects.requireNonNull(budget, "budget");
    }

    /** Forgets what it recorded and watches these cases, fired together, with a fresh budget. */
    void watch(List<? extends ProposalLog> logs) {
        meter = budget.meter(logs.size());
        lastCaseFirings = 0;
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

    /** Accepts a match while the budget lasts (Drools asks before each firing). */
    @Override
    public boolean accept(Match match) {
        return meter.accept(match, lastCaseFirings);
    }

    /** Why the budget stopped the firing since the cases were watched, if it did. */
    public Optional<FiringBudget.Incident> incident() {
        return meter.incident();
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
        List<Firing> ofCase = firings.get(cases.size() == 1 ? 0 : index.get(current));
        ofCase.add(new Firing(match.getRule().getName(), current.proposals().subList(before, current.proposalCount()),
                matched));
        lastCaseFirings = ofCase.size();
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
