package org.gridgov.examples.simulation;

import java.time.Instant;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Simulated people's actions waiting for their instant: run in time order, and in the order scheduled at one
 * instant, so a run is the same for a seed. Not thread-safe: a simulation is one thread.
 */
final class Agenda {
    private final PriorityQueue<Action> queue = new PriorityQueue<>((a, b) -> a.at().equals(b.at())
            ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
    private long order;

    /** An action, due at an instant. */
    private record Action(Instant at, long order, Consumer<Instant> run) {
    }

    /** Adds an action, told its instant when it runs. */
    void schedule(Instant at, Consumer<Instant> run) {
        queue.add(new Action(at, order++, run));
    }

    /** Runs every action due at or before {@code now}, including those they schedule for then. */
    void runUntil(Instant now) {
        while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
            Action a = queue.poll();
            a.run().accept(a.at());
        }
    }

    /** A Poisson draw with the given mean (Knuth's method: the means here are small). */
    static int poisson(Random r, double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }
}
