package org.gridgov.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.examples.simulation.CaseSimulation;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.store.EventStore;
import org.gridgov.store.InMemoryEventStore;
import org.gridgov.store.jdbc.JdbcEventStore;
import org.gridgov.store.jdbc.JdbcStores;

/**
 * A month of 吉林's cases (the timelines {@link CaseSimulation} leaves) appended to each store one event per
 * unit of work, as commands append them, and the month replayed from it as an engine does on start; in memory (the
 * baseline), in an SQLite file and, when {@code GRIDGOV_BENCH_POSTGRES} or {@code GRIDGOV_TEST_POSTGRES} names a
 * server, in PostgreSQL. Bytes per event are the file's size, or the tables' and indexes' size, over the events.
 */
final class StoreBench implements Bench {
    @Override
    public String id() {
        return "store";
    }

    @Override
    public List<Row> run(boolean quick) throws Exception {
        List<List<IssueEvent>> month = month(quick ? 3 : 30);
        long events = month.stream().mapToLong(List::size).sum();
        Path dir = Files.createTempDirectory("gridgov-store-bench");
        List<Candidate> stores = new ArrayList<>(List.of(new Candidate("in memory", InMemoryEventStore::new, () -> 0L),
                sqlite(dir)));
        postgres().ifPresent(stores::add);
        warmUp(month, dir);
        List<Row> rows = new ArrayList<>();
        Measured memory = null;
        for (Candidate c : stores) {
            Measured m = measure(c, month, events);
            memory = memory == null ? m : memory;
            rows.add(row(c.name() + ", appends", m.appendRate(), memory.appendRate(), "events",
                    Figures.count(events) + " events of " + Figures.count(month.size())
                            + " cases, one event per unit of work (a commit each)" + size(m, events)));
            rows.add(row(c.name() + ", replaying the month", m.replayRate(), memory.replayRate(), "events",
                    "every issue rebuilt from the store in one read, as an engine starts"));
        }
        return rows;
    }

    /** A store to measure: how to open a new empty one, and how many bytes it holds once written. */
    private record Candidate(String name, Supplier<EventStore> open, Supplier<Long> bytes) {
    }

    private record Measured(double appendRate, double replayRate, long bytes) {
    }

    private static Row row(String measure, double rate, double baseline, String unit, String note) {
        return new Row(measure, Figures.rate(rate, unit), Figures.rate(baseline, unit) + " in memory",
                Figures.ratio(baseline / rate), "", true, note);
    }

    private static String size(Measured m, long events) {
        return m.bytes() == 0 ? "" : "; " + Figures.count(m.bytes() / (double) events) + " bytes per event on disk";
    }

    private static Measured measure(Candidate c, List<List<IssueEvent>> month, long events) throws Exception {
        EventStore store = c.open().get();
        try {
            long t0 = System.nanoTime();
            for (List<IssueEvent> timeline : month) {
                for (int v = 0; v < timeline.size(); v++) {
                    store.append(timeline.get(0).issue(), v, List.of(timeline.get(v)));
                }
            }
            double appends = events / ((System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            long replayed;
            try (Stream<Issue> all = store.allIssues()) {
                replayed = all.mapToLong(Issue::version).sum();
            }
            double replay = replayed / ((System.nanoTime() - t1) / 1e9);
            return new Measured(appends, replay, c.bytes().get());
        } finally {
            if (store instanceof JdbcEventStore j) {
                j.close();
            }
        }
    }

    /** Runs the SQLite measure once on a part of the month, so that the first measured store does not pay for the JIT. */
    private static void warmUp(List<List<IssueEvent>> month, Path dir) throws Exception {
        List<List<IssueEvent>> part = month.subList(0, Math.min(200, month.size()));
        Candidate warm = new Candidate("warm-up", () -> JdbcStores.sqlite(dir.resolve("warm.db")), () -> 0L);
        measure(warm, part, part.stream().mapToLong(List::size).sum());
        measure(new Candidate("warm-up", InMemoryEventStore::new, () -> 0L), part, 1);
    }

    private static Candidate sqlite(Path dir) {
        Path file = dir.resolve("month.db");
        return new Candidate("SQLite file", () -> JdbcStores.sqlite(file), () -> {
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(p -> p.getFileName().toString().startsWith("month.db"))
                        .mapToLong(p -> p.toFile().length()).sum();
            } catch (java.io.IOException e) {
                return 0L;
            }
        });
    }

    private static java.util.Optional<Candidate> postgres() {
        String url = System.getenv().getOrDefault("GRIDGOV_BENCH_POSTGRES", System.getenv("GRIDGOV_TEST_POSTGRES"));
        if (url == null || url.isBlank()) {
            return java.util.Optional.empty();
        }
        String schema = "bench_" + System.nanoTime();
        return java.util.Optional.of(new Candidate("PostgreSQL", () -> JdbcStores.postgres(url, schema), () -> {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_total_relation_size('" + schema + ".events')"
                         + " + pg_total_relation_size('" + schema + ".streams')")) {
                rs.next();
                long bytes = rs.getLong(1);
                s.execute("DROP SCHEMA " + schema + " CASCADE");
                return bytes;
            } catch (java.sql.SQLException e) {
                return 0L;
            }
        }));
    }

    /** The timelines a simulated month of 吉林 leaves. */
    private static List<List<IssueEvent>> month(int days) throws Exception {
        City city = ExampleCities.load("jilin");
        CityEngine engine = GridGov.forCity(city).pack(ExampleCities.loadPack(city).orElseThrow(),
                ExampleCities.packSource("jilin")).build();
        CaseSimulation.Result r = CaseSimulation.run(engine, LocalDateTime.of(2024, 5, 1, 8, 0), days,
                CaseSimulation.defaultRate(city), 1, () -> { });
        return r.store().allIssues().<List<IssueEvent>>map(Issue::timeline).toList();
    }
}
