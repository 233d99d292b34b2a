package org.gridgov.rules.firing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.gridgov.rules.facts.ProposalLog;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Fires cases in sessions of one KieBase, reusing sessions and firing many cases in one session where that gives
 * the same firings as a fresh session per case ({@link FiringRecorder#fire}).
 *
 * <p><b>Reuse.</b> Opening a session costs about as much as firing a case in it, so a session is returned to the
 * pool after its cases are deleted — but only if it is then empty again. A KieBase with a rule that fires in an
 * empty session (no pattern, or only {@code not}) would fire it once per fresh session and only once in a reused
 * one: such a KieBase, found by firing an empty session once, gets a fresh session every time.
 *
 * <p><b>Batches.</b> A batch is inserted into one session and fired once; each firing is attributed to the case
 * among its matched objects. If a firing matched no case of the batch or several (a rule joining two cases), the
 * firings cannot be told apart: {@link #fireAll} says so, and the caller fires fresh cases one at a time.
 *
 * <p>A KieBase with a rule that could see two cases at once (two patterns over cases, including {@code not},
 * {@code exists} and {@code accumulate}) fires a batch one case at a time, each case alone in the session.
 *
 * <p><b>Rule attributes that act across facts or firings</b> ({@code activation-group}, an {@code agenda-group}
 * other than MAIN, {@code ruleflow-group}, {@code lock-on-active}) would act across the cases of a batch or the
 * uses of a session; a KieBase with any of them gets a fresh session per case, as without the pool.
 *
 * <p><b>Budget.</b> Every firing is kept within a {@link FiringBudget}, each case's firings counted apart. A case
 * whose rules exceed it fails with {@link FiringBudget.Exceeded}; a batch in which the budget ran out returns
 * null, as a batch whose cases met does, so that the caller fires its cases one at a time and learns which case
 * it was. A session in which the budget ran out is disposed of, never reused.
 *
 * <p>Thread-safe: each call takes a session of its own from the pool.
 */
public final class SessionPool {
    private final KieBase kieBase;
    private final FiringBudget budget;
    private final boolean reusable;
    private final boolean casesMeet;
    private final Queue<Pooled> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    private record Pooled(KieSession session, FiringRecorder recorder) {
    }

    /** A pool over a KieBase with the default budget; fires one empty session to learn whether sessions can be reused. */
    public SessionPool(KieBase kieBase) {
        this(kieBase, FiringBudget.DEFAULT);
    }

    /**
     * A pool over a KieBase whose every firing is kept within a budget; fires one empty session (within the
     * budget too) to learn whether sessions can be reused.
     */
    public SessionPool(KieBase kieBase, FiringBudget budget) {
        this.kieBase = Objects.requireNonNull(kieBase, "kieBase");
        this.budget = Objects.requireNonNull(budget, "budget");
        KieSession probe = kieBase.newKieSession();
        try {
            FiringBudget.Meter meter = budget.meter(1);
            this.reusable = probe.fireAllRules(meter) == 0 && probe.getFactCount() == 0 && !actsAcrossFirings(kieBase);
        } finally {
            probe.dispose();
        }
        this.casesMeet = casesMeet(kieBase);
    }

    /**
     * True if a rule has two patterns that can match cases (a join, or a {@code not}, {@code exists} or
     * {@code accumulate} over other cases): in a batch such a rule could see another case of the batch, even
     * without a firing that matches both.
     */
    static boolean casesMeet(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> r instanceof RuleImpl)
                .anyMatch(r -> casePatterns(((RuleImpl) r).getLhs()) > 1);
    }

    private static int casePatterns(RuleConditionElement element) {
        int n = 0;
        if (element instanceof Pattern p && p.getObjectType() instanceof ClassObjectType t
                && (ProposalLog.class.isAssignableFrom(t.getClassType())
                || t.getClassType().isAssignableFrom(ProposalLog.class))) {
            n++;
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            n += casePatterns(nested);
        }
        return n;
    }

    /** True if a rule has an attribute whose effect reaches beyond its own firing (see the class comment). */
    static boolean actsAcrossFirings(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> r instanceof RuleImpl)
                .map(r -> (RuleImpl) r)
                .anyMatch(r -> (r.getActivationGroup() != null && !r.getActivationGroup().isEmpty())
                        || !r.isMainAgendaGroup() || r.isLockOnActive()
                        || (r.getRuleFlowGroup() != null && !r.getRuleFlowGroup().isEmpty()));
    }

    /** The budget every firing is kept within. */
    public FiringBudget budget() {
        return budget;
    }

    /**
     * The firings of one case, as a fresh session gives them.
     *
     * @throws FiringBudget.Exceeded if its rules fired beyond the budget
     */
    public List<Firing> fire(ProposalLog fact) {
        if (!reusable) {
            return FiringRecorder.fire(kieBase, fact, budget);
        }
        return inPooledSession(List.of(fact)).get(0); // one case is never tangled: every firing is its own
    }

    /**
     * The firings of each case, in the order of the cases, as a fresh session per case gives them; or null if
     * the cases interact (a firing matched none of them or several) or the budget ran out in the batch, after
     * which the cases hold proposals and must not be fired again. Fired one by one, the case beyond the budget
     * is found ({@link #fire} throws for it) and the others fire as they would have.
     */
    public List<List<Firing>> fireAll(List<? extends ProposalLog> facts) {
        if (facts.isEmpty()) {
            return List.of();
        }
        try {
            if (!reusable || (casesMeet && facts.size() > 1)) {
                List<List<Firing>> out = new ArrayList<>(facts.size());
                for (ProposalLog f : facts) {
                    out.add(fire(f));
                }
                return out;
            }
            return inPooledSession(facts);
        } catch (FiringBudget.Exceeded e) {
            return null;
        }
    }

    /**
     * Fires cases together in a pooled session, which goes back to the pool if it is empty afterwards and the
     * budget did not run out; null if the cases met.
     *
     * @throws FiringBudget.Exceeded if the budget ran out
     */
    private List<List<Firing>> inPooledSession(List<? extends ProposalLog> facts) {
        Pooled p = idle.poll();
        if (p == null) {
            FiringRecorder recorder = new FiringRecorder(budget);
            KieSession session = kieBase.newKieSession();
            session.addEventListener(recorder);
            p = new Pooled(session, recorder);
        }
        boolean clean = false;
        try {
            p.recorder().watch(facts);
            List<FactHandle> handles = new ArrayList<>(facts.size());
            for (ProposalLog f : facts) {
                handles.add(p.session().insert(f));
            }
            p.session().fireAllRules(p.recorder());
            for (FactHandle h : handles) {
                p.session().delete(h);
            }
            var incident = p.recorder().incident();
            if (incident.isPresent()) {
                throw new FiringBudget.Exceeded(incident.get()); // the session is disposed of: clean stays false
            }
            clean = p.session().getFactCount() == 0;
            return p.recorder().tangled() ? null : p.recorder().all();
        } finally {
            p.recorder().watch(List.of());
            if (clean && !closed) {
                idle.offer(p);
                if (closed) {
                    drain(); // closed meanwhile: nobody will take it again
                }
            } else {
                p.session().dispose();
            }
        }
    }

    /**
     * Disposes of the idle sessions, and of each session in use when its firing ends: for a pool whose pack was
     * replaced. A KieBase keeps every session it made until the session is disposed of. Firing on a closed pool
     * still works, with a fresh session each time.
     */
    public void close() {
        closed = true;
        drain();
    }

    private void drain() {
        for (Pooled p = idle.poll(); p != null; p = idle.poll()) {
            p.session().dispose();
        }
    }
}
