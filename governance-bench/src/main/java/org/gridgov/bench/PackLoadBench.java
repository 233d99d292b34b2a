package org.gridgov.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rule pack load: cold (each load in a fresh JVM running {@link ColdPackLoad}) for a pack of DRL rules and for a
 * large CSV decision table, against raw Drools compiling the same file with the executable model in a fresh JVM
 * of its own; and an unchanged pack loaded again in the same JVM, which the library serves from its cache.
 */
final class PackLoadBench implements Bench {
    @Override
    public String id() {
        return "packload";
    }

    @Override
    public List<Row> run(boolean quick) throws Exception {
        int rules = quick ? 10 : 50;
        int rows = quick ? 50 : 1_000;
        int runs = quick ? 1 : 5;
        Path tmp = Files.createTempDirectory("gridgov-packload");
        try {
            Path drl = PackFiles.drlPack(tmp, rules);
            Path table = PackFiles.tablePack(tmp, rows);
            List<Row> out = new ArrayList<>();
            Cold drlCold = cold(drl, PackFiles.DRL_FILE, runs);
            Cold tableCold = cold(table, PackFiles.TABLE_FILE, runs);
            out.add(drlCold.row("pack load cold, " + rules + " DRL rules", "≤ 3 s", 3, rules));
            out.add(tableCold.row("pack load cold, decision table of " + Figures.count(rows) + " rows", "≤ 10 s", 10,
                    rows));
            double cached = Math.max(Sampler.median(drlCold.cached), Sampler.median(tableCold.cached));
            out.add(new Row("pack reload from the cache (unchanged files, same JVM)", Figures.duration(cached),
                    Figures.duration(Sampler.median(tableCold.library)) + " cold load of the table",
                    Figures.ratio(cached / Sampler.median(tableCold.library)), "≤ 1 s", cached <= 1,
                    "the slower of the two packs: files read and hashed (SHA-256), compiled pack found by its hash; "
                            + runs + " runs"));
            return out;
        } finally {
            try (Stream<Path> files = Files.walk(tmp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Seconds of each cold run: the library's load, its cached reload, raw Drools, and whole child processes. */
    private record Cold(double[] library, double[] cached, double[] raw, double[] libraryProcess,
                        double[] rawProcess) {
        Row row(String measure, String target, double limit, int expectedRules) {
            double lib = Sampler.median(library);
            double base = Sampler.median(raw);
            return new Row(measure, Figures.duration(lib), Figures.duration(base) + " raw Drools (exec model)",
                    Figures.ratio(lib / base), target, lib <= limit, String.format(java.util.Locale.ROOT,
                    "median of %d fresh JVMs, %d rules, load in main; whole process %s vs %s raw; library %s–%s",
                    library.length, expectedRules, Figures.duration(Sampler.median(libraryProcess)),
                    Figures.duration(Sampler.median(rawProcess)), Figures.duration(min(library)),
                    Figures.duration(max(library))));
        }
    }

    private static Cold cold(Path pack, String file, int runs) throws IOException, InterruptedException {
        Cold c = new Cold(new double[runs], new double[runs], new double[runs], new double[runs], new double[runs]);
        for (int i = 0; i < runs; i++) { // alternate, so that a noisy moment hurts both sides alike
            Map<String, Double> lib = child("library", pack.toString());
            Map<String, Double> raw = child("raw", pack.toString(), file);
            if (!lib.get("rules").equals(raw.get("rules"))) {
                throw new IllegalStateException("the library compiled " + lib.get("rules") + " rules, raw Drools "
                        + raw.get("rules"));
            }
            c.library[i] = lib.get("load");
            c.cached[i] = lib.get("cached");
            c.libraryProcess[i] = lib.getOrDefault("process", Double.NaN);
            c.raw[i] = raw.get("load");
            c.rawProcess[i] = raw.getOrDefault("process", Double.NaN);
        }
        return c;
    }

    /** Runs {@link ColdPackLoad} in a fresh JVM with this JVM's class path and reads its {@code key=value} lines. */
    private static Map<String, Double> child(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                ColdPackLoad.class.getName()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("gridgov-packload", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("the cold load " + String.join(" ", args) + " failed: "
                        + Files.readString(err));
            }
            Map<String, Double> values = new HashMap<>();
            out.lines().filter(l -> l.contains("=")).forEach(l -> values.put(l.substring(0, l.indexOf('=')),
                    Double.parseDouble(l.substring(l.indexOf('=') + 1))));
            return values;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }
}
