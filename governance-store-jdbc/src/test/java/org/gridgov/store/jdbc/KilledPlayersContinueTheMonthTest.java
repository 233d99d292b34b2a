package org.gridgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a player process is killed ({@code kill -9}) at random points while it plays a month of commands
 * and ticks against a store, restarted, killed again …, and finally left to finish. What the store then holds must
 * equal, event for event and audit entry for entry, what an uninterrupted run gives: no step lost, repeated or half
 * stored. Most kills land while a step's unit of work is open; some during start-up and migration.
 */
class KilledPlayersContinueTheMonthTest {
    private static final long SEED = Long.getLong("gridgov.crash.seed", 20261206L);

    @TempDir
    Path dir;

    @Test
    void anSqliteFileSurvivesAHundredKills() throws Exception {
        Path file = dir.resolve("month.db");
        killAndContinue(List.of(file.toString()), 100);
        try (JdbcEventStore store = JdbcStores.sqlite(file)) {
            assertThat(Month.content(store)).isEqualTo(reference());
        }
    }

    @Test
    void aPostgresSchemaSurvivesTenKills() throws Exception {
        String url = TestDatabases.postgres();
        String schema = TestDatabases.freshSchema();
        try {
            killAndContinue(List.of(url, schema), 10);
            try (JdbcEventStore store = JdbcStores.postgres(url, schema)) {
                assertThat(Month.content(store)).isEqualTo(reference());
            }
        } finally {
            TestDatabases.drop(url, schema);
        }
    }

    private static String reference() {
        InMemoryEventStore store = new InMemoryEventStore();
        new Month(store).playRest();
        assertThat(store.checkpoint(Month.CHECKPOINT)).hasValue(Month.STEPS);
        return Month.content(store);
    }

    /** Kills players {@code points} times, then lets one finish; the steps each killed player got through. */
    private void killAndContinue(List<String> store, int points) throws Exception {
        Random random = new Random(SEED);
        List<Integer> reached = new ArrayList<>();
        for (int kill = 0; kill < points; kill++) {
            Process player = start(store, kill);
            int steps = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(9);
            BufferedReader out = new BufferedReader(new InputStreamReader(player.getInputStream(),
                    StandardCharsets.UTF_8));
            int seen = 0;
            if (steps == 0) {
                LockSupport.parkNanos(random.nextInt(800) * 1_000_000L); // during start-up or migration
            } else {
                for (String line = out.readLine(); line != null && seen < steps; line = out.readLine()) {
                    assertThat(line).as("player %s ended before it was killed (seed %s)", kill, SEED).startsWith("step");
                    seen++;
                }
                LockSupport.parkNanos(random.nextInt(3_000_000)); // into the next step's unit of work
            }
            player.destroyForcibly();
            assertThat(player.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reached.add(seen);
        }
        Process last = start(store, points);
        String rest = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).as("the last player's errors: %s", errors(points)).isZero();
        assertThat(rest).endsWith("done\n");
        assertThat(reached.stream().mapToInt(Integer::intValue).sum()).as("kills spread over the month")
                .isLessThan(Month.STEPS);
    }

    private Process start(List<String> store, int n) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), MonthPlayer.class.getName()));
        command.addAll(store);
        return new ProcessBuilder(command).redirectError(dir.resolve("player-" + n + ".err").toFile()).start();
    }

    private String errors(int n) throws IOException {
        return Files.readString(dir.resolve("player-" + n + ".err"));
    }
}
