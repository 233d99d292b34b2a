package org.gridgov.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cli.DemoCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridgov.examples.simulation.CaseSimulation;
import org.gridgov.store.jdbc.JdbcEventStore;
import org.gridgov.store.jdbc.JdbcStores;
import org.gridgov.store.jdbc.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --store}: the demo, {@code simulate} and {@code report} on an SQLite file and on PostgreSQL give what they
 * give in memory, and a simulation killed part-way ({@code kill -9} of its process) is finished by {@code gridgov
 * recover} with the same summary and the same events as an uninterrupted run.
 */
class CommandsRunOnADatabaseTest {
    private static final String[] MONTH = {"jilin", "--days", "3", "--per-day", "40", "--seed", "5", "--lang", "en"};

    @TempDir
    Path dir;

    @Test
    void onAnSqliteFileTheCommandsGiveWhatTheyGiveInMemoryAndRecoverFinishesAKilledRun() throws Exception {
        String file = dir.resolve("gridgov.db").toString();
        long steps = sameAsInMemory(file);
        String killed = dir.resolve("killed.db").toString();
        recoversAfterKills(killed, 3, steps);
    }

    @Test
    void onPostgresTheCommandsGiveWhatTheyGiveInMemoryAndRecoverFinishesAKilledRun() throws Exception {
        String url = TestDatabases.postgres();
        TestDatabases.drop(url, JdbcStores.DEFAULT_SCHEMA);
        try {
            long steps = sameAsInMemory(url);
            TestDatabases.drop(url, JdbcStores.DEFAULT_SCHEMA);
            recoversAfterKills(url, 2, steps);
        } finally {
            TestDatabases.drop(url, JdbcStores.DEFAULT_SCHEMA);
        }
    }

    @Test
    void theDemosMonthRunsOnAStoreAndAgainOnTheSameStoreGivesTheSameMonth() {
        demoOnAStore(dir.resolve("demo.db").toString());
    }

    @Test
    void theDemosMonthRunsOnPostgres() throws Exception {
        String url = TestDatabases.postgres();
        TestDatabases.drop(url, JdbcStores.DEFAULT_SCHEMA);
        try {
            demoOnAStore(url);
        } finally {
            TestDatabases.drop(url, JdbcStores.DEFAULT_SCHEMA);
        }
    }

    private void demoOnAStore(String file) {
        var memory = run("demo", "--days", "2", "--lang", "en", "--report", dir.resolve("m.html").toString());
        var stored = run("demo", "--days", "2", "--lang", "en", "--report", dir.resolve("s.html").toString(),
                "--store", file);
        var again = run("demo", "--days", "2", "--lang", "en", "--report", dir.resolve("s.html").toString(),
                "--store", file);

        assertThat(stored.code()).as(stored.err()).isZero();
        assertThat(lines(stored.out())).isEqualTo(lines(memory.out()));
        assertThat(again.out()).isEqualTo(stored.out());
        var other = run("demo", "--days", "3", "--lang", "en", "--store", file);
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.out()).contains("holds a simulation begun with other options");
    }

    @Test
    void aStoreThatHoldsNoSimulationHasNothingToRecoverAndABadLocationIsSaidPlainly() {
        var nothing = run(args("recover", "--store", dir.resolve("empty.db").toString()));
        assertThat(nothing.code()).isEqualTo(1);
        assertThat(nothing.err()).contains("nothing to recover").doesNotContain("Exception");

        var server = run(args("simulate", "--store", "jdbc:postgresql://localhost:1/none?user=u&password=secret"));
        assertThat(server.code()).isEqualTo(1);
        assertThat(server.err()).contains("PostgreSQL jdbc:postgresql://localhost:1/none").doesNotContain("secret")
                .doesNotContain("\tat ");
        var other = run(args("simulate", "--store", "jdbc:mysql://localhost/x"));
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).contains("is neither");
    }

    /** Runs the month in memory and on the store, compares, and returns how many steps the month has. */
    private long sameAsInMemory(String store) throws IOException {
        Path memoryEvents = dir.resolve("memory.jsonl");
        Path storedEvents = dir.resolve("stored.jsonl");
        var memory = run(args("simulate", "--events", memoryEvents.toString()));
        var stored = run(args("simulate", "--store", store, "--events", storedEvents.toString()));

        assertThat(stored.code()).as(stored.err()).isZero();
        assertThat(lines(stored.out())).isEqualTo(lines(memory.out()));
        assertThat(Files.readString(storedEvents)).isEqualTo(Files.readString(memoryEvents));
        var fromLog = run("report", "jilin", "--events", memoryEvents.toString(), "--lang", "en");
        var fromStore = run("report", "jilin", "--store", store, "--lang", "en");
        assertThat(fromStore.code()).as(fromStore.err()).isZero();
        assertThat(fromStore.out()).isEqualTo(fromLog.out()).contains("units with cases");
        try (JdbcEventStore held = open(store)) {
            return held.checkpoint(CaseSimulation.CHECKPOINT).orElseThrow();
        }
    }

    /** Kills {@code simulate} processes part-way, then recovers; the end equals an uninterrupted run. */
    private void recoversAfterKills(String store, int kills, long steps) throws Exception {
        Path uninterrupted = dir.resolve("uninterrupted.jsonl");
        var reference = run(args("simulate", "--events", uninterrupted.toString()));
        long last = 0;
        for (int k = 0; k < kills; k++) {
            Process p = start(k == 0 ? "simulate" : "recover", store);
            last = killAfter(p, store, Math.max(last + 1, steps * (k + 1) / (kills + 2)));
        }
        Path recovered = dir.resolve("recovered.jsonl");
        var end = run(args("recover", "--store", store, "--events", recovered.toString()));

        assertThat(end.code()).as(end.err()).isZero();
        assertThat(end.err()).contains("continuing the interrupted simulation at step");
        assertThat(lines(end.out())).isEqualTo(lines(reference.out()));
        assertThat(Files.readString(recovered)).isEqualTo(Files.readString(uninterrupted));
    }

    /** Waits until the run has stored at least {@code steps} steps, kills it, and returns how far it got. */
    private static long killAfter(Process p, String store, long steps) throws Exception {
        try (JdbcEventStore watch = open(store)) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (watch.checkpoint(CaseSimulation.CHECKPOINT).orElse(0) < steps && p.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(p.isAlive()).as("the run ended before it was killed at step %s", steps).isTrue();
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return watch.checkpoint(CaseSimulation.CHECKPOINT).orElse(0);
        }
    }

    private static JdbcEventStore open(String store) {
        return JdbcStores.open(store);
    }

    private Process start(String command, String store) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), GridgovCommand.class.getName()));
        line.addAll(List.of(args(command, "--store", store)));
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(dir.resolve(command + ".log")
                .toFile()).start();
    }

    private static String[] args(String command, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(MONTH));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** The summary without the lines naming where files were written. */
    private static List<String> lines(String out) {
        return out.lines().filter(l -> !l.contains("written to")).toList();
    }
}
