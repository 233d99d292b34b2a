package org.gridgov.rules.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.gridgov.rules.facts.CaseQuery;
import org.gridgov.rules.facts.RoutingCase;
import org.gridgov.rules.firing.Firing;

/**
 * Remembers the rule firings of cases by the answers they gave to the questions rules asked, so that a case
 * answering alike is not fired again. Real streams repeat a few hundred shapes (a category, a severity, the
 * handful of places rules name), and firing a case costs far more than looking its shape up.
 *
 * <p><b>Why it is sound.</b> The rules are a deterministic function of what they read of the case: the pack
 * loader admits no globals with state, no clock or randomness from outside ({@code SafetyLint}), and the case's
 * accessors record every question ({@link org.gridgov.rules.facts.CaseReads}). So if case B answers every
 * question case A was asked as A did, the rules ask B the same questions in the same order and fire alike. The
 * memo keys entries by the answers to the union of every question asked so far (a superset of each case's own);
 * when a case asks a new question the union grows and the entries are dropped. A case that reads its issue id
 * turns the memo off for good, since no other case can answer alike. Firings are stored with the case's text in
 * their matched facts replaced by the new case's text on the way out.
 *
 * <p>Bounded: at {@code capacity} entries the memo starts again empty. Thread-safe.
 */
final class FiringMemo {
    private final int capacity;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private volatile State state = new State(new CaseQuery[0], new ConcurrentHashMap<>(), false);

    private record State(CaseQuery[] queries, Map<Key, Entry> entries, boolean off) {
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

    /** The firings of the case that was fired, and that case's text as its matched facts show it. */
    private record Entry(List<Firing> firings, String caseText) {
    }

    /** @param capacity how many shapes to keep; 0 keeps none */
    FiringMemo(int capacity) {
        this.capacity = capacity;
    }

    /** The firings a case gets, if a case of its shape was fired before; null if not. */
    List<Firing> find(RoutingCase c) {
        State s = state;
        if (s.off() || capacity == 0) {
            return null;
        }
        Entry e = s.entries().get(key(s.queries(), c));
        if (e == null) {
            misses.increment();
            return null;
        }
        hits.increment();
        return forCase(e, c.toString());
    }

    /** True if firing a case now may be remembered: recording its reads is worth it. */
    boolean learning() {
        return capacity > 0 && !state.off();
    }

    /** Remembers what a case, fired while its reads were recorded, asked and fired. */
    synchronized void learn(RoutingCase c, Set<CaseQuery> reads, List<Firing> firings) {
        State s = state;
        if (s.off() || capacity == 0) {
            return;
        }
        if (reads.contains(new CaseQuery(CaseQuery.Kind.ISSUE_ID, ""))) {
            state = new State(s.queries(), new ConcurrentHashMap<>(), true);
            return;
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
        s.entries().put(key(s.queries(), c), new Entry(List.copyOf(firings), c.toString()));
    }

    /** What the memo has done so far. */
    DroolsRoutingPolicy.MemoCounts counts() {
        State s = state;
        return new DroolsRoutingPolicy.MemoCounts(hits.sum(), misses.sum(), s.entries().size(), s.queries().length,
                !s.off() && capacity > 0);
    }

    private static Key key(CaseQuery[] queries, RoutingCase c) {
        Object[] answers = new Object[queries.length];
        for (int i = 0; i < queries.length; i++) {
            answers[i] = c.answer(queries[i]);
        }
        return new Key(answers);
    }

    private static List<Firing> forCase(Entry e, String text) {
        List<Firing> out = new ArrayList<>(e.firings().size());
        for (Firing f : e.firings()) {
            Map<String, String> matched = f.matched();
            if (matched.containsValue(e.caseText())) {
                Map<String, String> renamed = new HashMap<>(matched);
                renamed.replaceAll((k, v) -> v.equals(e.caseText()) ? text : v);
                matched = renamed;
            }
            out.add(new Firing(f.rule(), f.proposals(), matched));
        }
        return out;
    }
}
