package org.gridgov.rules.fuzz;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the fuzz properties share: running a parser under a time limit (a hang fails the property instead of the
 * build), and counting the inputs each parser was given and how each ended, printed when the run ends.
 */
public final class Fuzzing {
    /** Inputs per parser and outcome: {@code city profile: valid}, {@code city profile: refused}. */
    private static final Map<String, AtomicInteger> COUNTS = new TreeMap<>();
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz");
        t.setDaemon(true); // a parser that hangs must not keep the test JVM alive
        return t;
    });

    private Fuzzing() {
    }

    /** How a parser ended on an input. */
    public enum Outcome {
        /** It gave a result. */
        VALID,
        /** It refused the input with located problems (or the exception its API declares). */
        REFUSED
    }

    /**
     * Runs a parser on one input within a time limit; its result says how it ended. An exception it throws (one
     * its API does not declare: the callable catches those it does) fails the property with the input's summary.
     */
    public static void run(String parser, Duration limit, String input, Callable<Outcome> parse) {
        Future<Outcome> future = RUNNER.submit(parse);
        try {
            Outcome outcome = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            count(parser + ": " + outcome.name().toLowerCase(java.util.Locale.ROOT));
        } catch (TimeoutException e) {
            future.cancel(true);
            fail("%s did not finish within %s on %s", parser, limit, summary(input));
        } catch (ExecutionException e) {
            throw new AssertionError(parser + " threw " + e.getCause() + " on " + summary(input), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Counts something worth knowing about the inputs, reported with the parser whose name starts the key. */
    public static void note(String key) {
        count(key);
    }

    private static synchronized void count(String key) {
        COUNTS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    /** The input, shortened for a failure message. */
    static String summary(String input) {
        String s = input.length() > 300 ? input.substring(0, 300) + "… (" + input.length() + " chars)" : input;
        return "\"" + s.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    /**
     * Prints the counts of one parser, one line per outcome ({@code fuzz inputs, city profile: refused: 371}), and
     * appends them to {@code target/fuzz-inputs.txt}, where the numbers of a build are found.
     */
    public static synchronized void report(String parser) {
        StringBuilder out = new StringBuilder();
        COUNTS.forEach((k, v) -> {
            if (k.startsWith(parser + ": ")) {
                out.append("fuzz inputs, ").append(k).append(": ").append(v.get()).append('\n');
            }
        });
        System.out.print(out);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "fuzz-inputs.txt"), out,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            System.out.println("(not written to target/fuzz-inputs.txt: " + e + ")");
        }
    }
}
