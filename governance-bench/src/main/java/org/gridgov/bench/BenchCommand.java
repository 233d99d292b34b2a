package org.gridgov.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov-bench}: every benchmark against its baseline, as a table (Markdown, as BENCHMARKS.md keeps it). Its
 * own jar ({@code governance-bench/target/gridgov-bench.jar}), so that the shipped {@code gridgov} carries none of it.
 */
@Command(name = "gridgov-bench", mixinStandardHelpOptions = true,
        description = {"Measure speed and memory against baselines run in the same process, and print a table.",
                "Give the JVM room: java -Xmx16g -jar gridgov-bench.jar. Example: gridgov-bench --only tick"})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "Small sizes and few samples: checks that the benchmarks run, not the targets.")
    boolean quick;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Only these benchmarks (ids: see --list).")
    Set<String> only;

    @Option(names = "--list", description = "List the benchmarks' ids and stop.")
    boolean list;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Entry point of the benchmark jar. */
    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the benchmarks the arguments name with the given writers and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new BenchCommand()).setOut(out).setErr(err).execute(args);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Bench> benches = Benches.all();
        if (list) {
            benches.forEach(b -> out.println(b.id()));
            out.flush();
            return 0;
        }
        if (only != null) {
            Set<String> known = new java.util.HashSet<>(benches.stream().map(Bench::id).toList());
            List<String> unknown = only.stream().filter(id -> !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                err.println("unknown benchmark(s) " + unknown + "; known: " + known);
                err.flush();
                return 2;
            }
            benches = benches.stream().filter(b -> only.contains(b.id())).toList();
        }
        out.printf("| measure | library | baseline | ratio | target | met | notes |%n|---|---|---|---|---|---|---|%n");
        List<Row> rows = new ArrayList<>();
        for (Bench b : benches) {
            try {
                for (Row r : b.run(quick)) {
                    rows.add(r);
                    out.printf("| %s | %s | %s | %s | %s | %s | %s |%n", r.measure(), r.value(), r.baseline(),
                            r.ratio(), r.target(), r.target().isEmpty() ? "" : r.met() ? "yes" : "**no**", r.note());
                    out.flush();
                }
            } catch (Exception | OutOfMemoryError e) {
                err.printf("benchmark %s failed: %s%n", b.id(), e);
                err.flush();
                return 1;
            }
        }
        out.printf("%n%s, %d cores, max heap %d MiB%s%n", System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, quick ? " — quick run, not comparable with the targets" : "");
        out.flush();
        return 0;
    }
}
