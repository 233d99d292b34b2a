package org.gridgov.rules.facts;

import java.util.HashSet;
import java.util.Set;

/**
 * Collects the questions rules ask of one case ({@link QueryableCase}) while it is fired, for the policy's memo:
 * rule evaluation is a deterministic function of the answers (rules may use the facts and {@code java.lang},
 * {@code java.util}, {@code java.time}, no globals), so any case answering the same questions alike gets the same
 * firings. Whoever creates the case keeps this object; the case only adds to it, and only while recording is on,
 * so rules cannot reach it.
 *
 * <p>Not thread-safe: a case is fired by one thread at a time.
 */
public final class CaseReads {
    private Set<CaseQuery> queries; // made when recording starts: most cases are never fired
    private boolean recording;

    /** Starts recording, forgetting what was recorded before. */
    public void start() {
        queries = new HashSet<>();
        recording = true;
    }

    /** Stops recording and returns the questions asked since {@link #start}. */
    public Set<CaseQuery> stop() {
        recording = false;
        return queries == null ? Set.of() : Set.copyOf(queries);
    }

    /** Notes a question asked of a case, if the case's reads are collected and recording is on. */
    static void note(CaseReads reads, CaseQuery.Kind kind) {
        if (reads != null && reads.recording) {
            reads.queries.add(kind.query());
        }
    }

    /** Notes a question with an argument, likewise. */
    static void note(CaseReads reads, CaseQuery.Kind kind, String arg) {
        if (reads != null && reads.recording) {
            reads.queries.add(new CaseQuery(kind, arg == null ? "" : arg));
        }
    }
}
