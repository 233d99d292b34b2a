package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.gridgov.testkit.Mutations;
import picocli.CommandLine;

/**
 * Fuzzing the command line's options: valid command lines with arguments dropped, doubled, swapped, replaced by
 * huge or negative numbers, unknown options, long or broken texts, or mutated as text. The quick commands
 * (calendar, calendar due, explain, validate, visits) are run: each ends with exit code 0, 1 (the input has
 * problems) or 2 (the command line is wrong), within a time limit, never 3 (an internal error) and never with a
 * stack trace. The long-running ones (simulate, demo, report, test) are parsed only, which must give a parse
 * result or a usage error.
 */
class CommandLineOptionsAreFuzzedProperties {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final Map<String, Integer> COUNTS = new TreeMap<>();
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-cli");
        t.setDaemon(true);
        return t;
    });
    private static final String[] VALUES = {"99999999999999999999", "2147483647", "-2147483648", "-1", "0", "",
        " ", "--", "-", "@no-such-args-file", "x".repeat(100_000), "长".repeat(1_000), "\u0000", "\uD800", "\n",
        "9999-12-31", "0000-01-01", "+999999999-12-31T23:59", "2024-02-30", "25:61", "99999 个工作日", "1e9",
        "--days", "--json", "--nope", "atlantis", "../../../etc/passwd"};

    private static final List<List<String>> RUN = List.of(
            List.of("calendar", "--from", "2025-09-25", "--to", "2025-10-12", "--lang", "en"),
            List.of("calendar", "--from", "2025-01-01", "--to", "2025-01-31", "--city", "jilin", "--json"),
            List.of("calendar", "due", "--from", "2025-09-30T16:00", "--limit", "3 个工作日", "--lang", "zh"),
            List.of("explain", "jilin", "--category", "environment.noise", "--location", "维北社区1号楼", "--at",
                    "2023-06-15T10:00", "--days", "2", "--lang", "en"),
            List.of("explain", "jilin", "--category", "facilities.sewer", "--location", "维北社区", "--at",
                    "2023-06-15T10:00", "--severity", "high", "--json"),
            List.of("validate", "jilin", "--lang", "en"),
            List.of("visits", "jiangyuan", "--from", "2024-03-01", "--to", "2024-03-31", "--lang", "en"));

    private static final List<List<String>> PARSE = List.of(
            List.of("simulate", "jilin", "--days", "30", "--per-day", "20", "--from", "2024-05-01T08:00", "--seed", "7"),
            List.of("demo", "--lang", "en", "--days", "2", "--report", "r.html"),
            List.of("report", "jilin", "--events", "e.jsonl", "--month", "2024-05", "--level", "street", "--json"),
            List.of("test", "jilin", "--coverage", "--json"));

    @AfterContainer
    static void report() throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        COUNTS.forEach((k, v) -> out.append("fuzz inputs, command line: ").append(k).append(": ").append(v)
                .append('\n'));
        System.out.print(out);
        Files.writeString(java.nio.file.Path.of("target", "fuzz-inputs.txt"), out, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static synchronized void count(String key) {
        COUNTS.merge(key, 1, Integer::sum);
    }

    // Each try loads a city and (from the cache) its pack: 80 tries take about 25 s on two cores.
    @Property(tries = 80)
    void aMutatedCommandLineEndsWithAnExitCodeForPeopleNeverAnInternalError(@ForAll("runs") List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Future<Integer> run = RUNNER.submit(() -> GridgovCommand.execute(new PrintWriter(out), new PrintWriter(err),
                args.toArray(String[]::new)));
        int code;
        try {
            code = run.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new AssertionError("gridgov " + shown(args) + " did not end within " + LIMIT);
        } catch (ExecutionException e) {
            throw new AssertionError("gridgov " + shown(args) + " threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(code).as("exit code of gridgov %s; err: %s", shown(args), err).isIn(0, 1, 2);
        assertThat(err.toString() + out).as("gridgov %s", shown(args)).doesNotContain("\tat ")
                .doesNotContain("internal error").doesNotContain("Exception");
        count("exit " + code);
    }

    @Property(tries = 200)
    void aMutatedCommandLineOfALongCommandParsesOrIsAUsageError(@ForAll("parses") List<String> args) {
        try {
            Converters.register(new CommandLine(new GridgovCommand())).parseArgs(args.toArray(String[]::new));
            count("parsed");
        } catch (CommandLine.ParameterException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
            count("usage error");
        }
    }

    @Provide
    Arbitrary<List<String>> runs() {
        return mutated(RUN);
    }

    @Provide
    Arbitrary<List<String>> parses() {
        return mutated(PARSE);
    }

    private static Arbitrary<List<String>> mutated(List<List<String>> seeds) {
        return Combinators.combine(Arbitraries.of(seeds), Arbitraries.randoms(), Arbitraries.integers().between(1, 2))
                .as(CommandLineOptionsAreFuzzedProperties::mutate);
    }

    /**
     * Mostly a value changed (replaced by a nasty one, or mutated as text), sometimes an argument dropped, doubled
     * or moved, or an option made up: most tries then reach the command's own checks, not only picocli's.
     */
    static List<String> mutate(List<String> seed, Random r, int times) {
        List<String> args = new ArrayList<>(seed);
        for (int i = 0; i < times; i++) {
            int at = r.nextInt(args.size());
            int value = valueIndex(args, r);
            int kind = r.nextInt(20);
            if (kind < 2) {
                args.remove(at);
            } else if (kind < 4) {
                args.add(at, args.get(at));
            } else if (kind < 6) {
                java.util.Collections.swap(args, at, r.nextInt(args.size()));
            } else if (kind < 7) {
                args.add(at, "--" + Mutations.mutate("days", r, 1));
            } else if (kind < 13) {
                args.set(value, VALUES[r.nextInt(VALUES.length)]);
            } else {
                args.set(value, Mutations.mutate(args.get(value), r, 1));
            }
            if (args.isEmpty()) {
                args.add("--help");
            }
        }
        return args;
    }

    /** A random argument that is not an option's name (nor the command's). */
    private static int valueIndex(List<String> args, Random r) {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            if (!args.get(i).startsWith("--")) {
                values.add(i);
            }
        }
        return values.isEmpty() ? r.nextInt(args.size()) : values.get(r.nextInt(values.size()));
    }

    private static String shown(List<String> args) {
        List<String> s = args.stream().map(a -> a.length() > 60 ? a.substring(0, 60) + "…(" + a.length() + ")" : a)
                .map(a -> a.replace("\n", "\\n")).toList();
        return String.join(" ", s);
    }
}
