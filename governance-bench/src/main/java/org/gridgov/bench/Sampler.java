package org.gridgov.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Times an operation: a few warm-up runs, then samples, reported as median, minimum and maximum. The operation
 * returns how many items it processed, so that a sample is a rate (items per second) as well as a duration.
 */
public final class Sampler {
    private final int warmups;
    private final int samples;
    /** Where warm-up results go, so that the JIT cannot drop the warm-up runs as unused. */
    private static volatile long blackhole;

    /**
     * @param warmups runs discarded before sampling (JIT, caches)
     * @param samples runs timed; at least 1
     * @throws IllegalArgumentException if warmups is negative or samples below 1
     */
    public Sampler(int warmups, int samples) {
        if (warmups < 0 || samples < 1) {
            throw new IllegalArgumentException("warmups >= 0 and samples >= 1, got " + warmups + ", " + samples);
        }
        this.warmups = warmups;
        this.samples = samples;
    }

    /** The seconds each sample took and the items it processed. */
    public record Timing(double[] seconds, long items) {
        /** The median duration in seconds. */
        public double medianSeconds() {
            return median(seconds);
        }

        /** Items per second at the median duration. */
        public double rate() {
            return items / medianSeconds();
        }

        /** Nanoseconds per item at the median duration. */
        public double nanosPerItem() {
            return medianSeconds() * 1e9 / items;
        }

        /** The spread of the samples as a fraction of the median: (max − min) / median. */
        public double spread() {
            double[] s = seconds.clone();
            Arrays.sort(s);
            return (s[s.length - 1] - s[0]) / medianSeconds();
        }
    }

    /**
     * Runs the operation warm-up and sample times.
     *
     * @param op runs once and returns the number of items it processed (the same every run)
     */
    public Timing time(LongSupplier op) {
        long sink = 0;
        for (int i = 0; i < warmups; i++) {
            sink += op.getAsLong();
        }
        double[] seconds = new double[samples];
        long items = 0;
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            items = op.getAsLong();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        blackhole = sink;
        return new Timing(seconds, Math.max(1, items));
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
