package org.gridgov.rules.firing;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.kie.api.KieBase;
import org.gridgov.rules.facts.CaseQuery;
import org.gridgov.rules.facts.CaseReads;
import org.gridgov.rules.facts.QueryableCase;

/**
 * Remembers the rule firings of cases by the answers they gave to the questions rules asked, so that a case
 * answering alike is not fired again. Real streams repeat a few hundred shapes (a category, a severity, the
 * handful of places rules name), and firing a case costs far more than looking its shape up. Routing and
 * escalation each keep one per pack.
 *
 * <p><b>Why it is sound.</b> The rules are a deterministic function of what they read of the case: the pack
 * loader admits no globals with state, no clock or randomness from outside (the sandbox, org.gridgov.rules.sandbox), and the case's
 * accessors record every question ({@link org.gridgov.rules.facts.CaseReads}). So if case B answers every
 * question case A was asked as A did, the rules ask B the same questions in the same order and fire alike. The
 * memo keys entries by the answers to the union of every question asked so far (a superset of each case's own);
 * when a case asks a new question the union grows and the entries are dropped. A case that reads its issue id
 * turns the memo off for good, since no other case can answer alike. Firings are stored with the fired case's
 * text, which explanations replace by their own case's ({@link Fired#matched}).
 *
 * <p>Bounded: at {@code capacity} entries the memo starts again empty. Thread-safe.
 */
public final class FiringMemo {
    private final int capacity;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private volatile State state = new State(new CaseQuery[0], new ConcurrentHashMap<>(), false);

    private record State(CaseQuery[] queries, Map<Key, Fired> entries, boolean off) {
    }

    /** The answers of one case, in the order of the state's questions. */
    private record Key(Object[] answers, int hash) {
        Key(Object[] answers) {
            this(answers, Arrays.hashCode(answers));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && Arrays.equals(k.answers, answers);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The firings of a case that was fired, that case's text as their matched facts show it, and a slot for what
     * the policy derives from the firings once (its plan), shared by every case of the shape.
     */
    public static final class Fired {
        private final List<Firing> firings;
        private final String caseText;
        private final FiringBudget.Incident incident;
        private volatile Object plan;

        /** Firings of one case, not remembered: what a policy decides from when the memo is off. */
        public Fired(List<Firing> firings, String caseText) {
            this(firings, caseText, null);
        }

        private Fired(List<Firing> firings, String caseText, FiringBudget.Incident incident) {
            this.firings = List.copyOf(firings);
            this.caseText = caseText;
            this.incident = incident;
        }

        /**
         * A case whose rules the budget stopped: no firings to decide from (what the stopped rules proposed is set
         * aside), and the incident to explain the decision with. Never remembered.
         */
        public static Fired stopped(FiringBudget.Incident incident, String caseText) {
            return new Fired(List.of(), caseText, java.util.Objects.requireNonNull(incident, "incident"));
        }

        /** Why the case's rules were stopped, if they were. */
        public java.util.Optional<FiringBudget.Incident> incident() {
            return java.util.Optional.ofNullable(incident);
        }

        /** The firings as the fired case got them; their matched facts show that case. */
        public List<Firing> firings() {
            return firings;
        }

        /** A firing's matched facts with the fired case's text replaced by another case's. */
        public Map<String, String> matched(Firing f, String text) {
            Map<String, String> matched = f.matched();
            if (text.equals(caseText) || !matched.containsValue(caseText)) {
                return matched;
            }
            // An immutable map, which RuleTrace then keeps without copying.
            @SuppressWarnings("unchecked")
            Map.Entry<String, String>[] entries = new Map.Entry[matched.size()];
            int i = 0;
            for (Map.Entry<String, String> m : matched.entrySet()) {
                entries[i++] = Map.entry(m.getKey(), m.getValue().equals(caseText) ? text : m.getValue());
            }
            return Map.ofEntries(entries);
        }

        /** What the policy derived from these firings and stored here, or null. */
        public Object plan() {
            return plan;
        }

        /** Stores what the policy derived from these firings, shared by every case of the shape. */
        public void plan(Object plan) {
            this.plan = plan;
        }
    }

    /**
     * @param capacity how many shapes to keep; 0 keeps none
     * @throws IllegalArgumentException if the capacity is negative
     */
    public FiringMemo(int capacity) {
        checkCapacity(capacity);
        this.capacity = capacity;
    }

    /**
     * A memo for the rules of a KieBase: of {@code capacity} shapes, or off if the rules declare globals, which
     * they could read beside the case.
     *
     * @throws IllegalArgumentException if the capacity is negative
     */
    public static FiringMemo forRules(KieBase kieBase, int capacity) {
        checkCapacity(capacity);
        boolean globals = kieBase.getKiePackages().stream().anyMatch(k -> !k.getGlobalVariables().isEmpty());
        return new FiringMemo(globals ? 0 : capacity);
    }

    /**
     * Checks a capacity given to a policy, which makes its memo later, when a pack is first used.
     *
     * @throws IllegalArgumentException if the capacity is negative
     */
    public static int checkCapacity(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("memo capacity must not be negative: " + capacity);
        }
        return capacity;
    }

    /**
     * Fires a case whose shape {@link #find} did not know, recording the questions its rules ask through the
     * case's reads, and remembers the firings.
     *
     * @throws FiringBudget.Exceeded if the case's rules fired beyond the sessions' budget; nothing is remembered
     */
    public Fired fire(QueryableCase c, CaseReads reads, SessionPool sessions) {
        if (!learning()) {
            return new Fired(sessions.fire(c), c.toString());
        }
        reads.start();
        List<Firing> firings = sessions.fire(c);
        return learn(c, reads.stop(), firings);
    }

    /** The firings a case gets, if a case of its shape was fired before; null if not. */
    public Fired find(QueryableCase c) {
        State s = state;
        if (s.off() || capacity == 0) {
            return null;
        }
        Fired e = s.entries().get(key(s.queries(), c));
        if (e == null) {
            misses.increment();
        } else {
            hits.increment();
        }
        return e;
    }

    /** True if firing a case now may be remembered: recording its reads is worth it. */
    public boolean learning() {
        return capacity > 0 && !state.off();
    }

    /**
     * Remembers what a case, fired while its reads were recorded, asked and fired.
     *
     * @return the firings as remembered (or, if they cannot be, as the case's own)
     */
    public synchronized Fired learn(QueryableCase c, Set<CaseQuery> reads, List<Firing> firings) {
        Fired fired = new Fired(firings, c.toString());
        State s = state;
        if (s.off() || capacity == 0) {
            return fired;
        }
        if (reads.contains(new CaseQuery(CaseQuery.Kind.ISSUE_ID, ""))) {
            state = new State(s.queries(), new ConcurrentHashMap<>(), true);
            return fired;
        }
        if (!Set.of(s.queries()).containsAll(reads)) {
            Set<CaseQuery> union = new LinkedHashSet<>(Arrays.asList(s.queries()));
            union.addAll(reads);
            s = new State(union.toArray(CaseQuery[]::new), new ConcurrentHashMap<>(), false);
            state = s;
        }
        if (s.entries().size() >= capacity) {
            s.entries().clear();
        }
        s.entries().put(key(s.queries(), c), fired);
        return fired;
    }

    /**
     * What a memo has done: lookups that found a case's shape, lookups that did not (whose case was then fired),
     * shapes remembered now, questions rules have asked, and whether it is on.
     */
    public record Counts(long hits, long misses, int shapes, int questions, boolean on) {
    }

    /** What the memo has done so far. */
    public Counts counts() {
        State s = state;
        return new Counts(hits.sum(), misses.sum(), s.entries().size(), s.queries().length, !s.off() && capacity > 0);
    }

    private static Key key(CaseQuery[] queries, QueryableCase c) {
        Object[] answers = new Object[queries.length];
        for (int i = 0; i < queries.length; i++) {
            answers[i] = c.answer(queries[i]);
        }
        return new Key(answers);
    }
}
