package org.gridgov.bench;

import java.util.Locale;

/** Numbers as the table shows them. */
final class Figures {
    private Figures() {
    }

    /** {@code 1,234,567} */
    static String count(double n) {
        return String.format(Locale.ROOT, "%,.0f", n);
    }

    /** {@code 812,000 issues/s} */
    static String rate(double perSecond, String unit) {
        return count(perSecond) + " " + unit + "/s";
    }

    /** {@code 1.23 s}, {@code 45.6 ms}, {@code 789 µs} or {@code 12 ns} by size. */
    static String duration(double seconds) {
        if (seconds >= 1) {
            return String.format(Locale.ROOT, "%.2f s", seconds);
        }
        if (seconds >= 1e-3) {
            return String.format(Locale.ROOT, "%.1f ms", seconds * 1e3);
        }
        if (seconds >= 1e-6) {
            return String.format(Locale.ROOT, "%.1f µs", seconds * 1e6);
        }
        return String.format(Locale.ROOT, "%.0f ns", seconds * 1e9);
    }

    /** {@code 2.3×} */
    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    /** {@code ±4 %} spread of a timing. */
    static String spread(Sampler.Timing t) {
        return String.format(Locale.ROOT, "spread %.0f %%, %d samples", t.spread() * 100, t.seconds().length);
    }
}
