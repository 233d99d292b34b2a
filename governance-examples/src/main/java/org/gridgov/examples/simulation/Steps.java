package org.gridgov.examples.simulation;

import java.util.Objects;
import org.gridgov.store.EventStore;

/**
 * A simulation's numbered steps on a store: each step's commands and the checkpoint that says it was done are
 * stored in one unit of work, and steps already stored are skipped. A simulation whose draws do not depend on what
 * the engine answered (every draw is made when a case is planned) therefore continues after a crash exactly where
 * it stopped, and ends with the store an uninterrupted run gives. Not thread-safe: a simulation is one thread.
 */
public final class Steps {
    private final EventStore store;
    private final String checkpoint;
    private final long done;
    private long next;

    private Steps(EventStore store, String checkpoint) {
        this.store = Objects.requireNonNull(store, "store");
        this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
        this.done = store.checkpoint(checkpoint).orElse(0);
    }

    /** The steps of a run recorded under a checkpoint of the store: those it holds already are skipped. */
    public static Steps on(EventStore store, String checkpoint) {
        return new Steps(store, checkpoint);
    }

    /** How many steps the store held when the run began. */
    public long resumedFrom() {
        return done;
    }

    /** Runs the next step, with its checkpoint, unless the store holds it already. */
    void run(Runnable step) {
        long n = next++;
        if (n < done) {
            return;
        }
        store.inTransaction(() -> {
            step.run();
            store.saveCheckpoint(checkpoint, n + 1);
            return null;
        });
    }
}
