package org.gridgov.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.server.GridgovServer;
import org.gridgov.server.auth.ApiPrincipal;
import org.gridgov.server.auth.ApiTokens;
import org.gridgov.store.jdbc.JdbcEventStore;
import org.gridgov.store.jdbc.JdbcStores;

/**
 * A bounded load on the loopback address: 8 clients for 60 s (5 s quick), each sending in turn an Open311 report
 * ({@code POST requests.json}, routed at once) and a query ({@code GET requests/{id}.json} of a case reported
 * before), against 吉林 served over an SQLite file; beside it, the same 8 threads and the same mix calling the
 * engine in-process over another SQLite file, the baseline. Rates are completed requests per second, latencies
 * each request's time seen by its client.
 */
final class ServerBench implements Bench {
    private static final int CLIENTS = 8;
    private static final List<String> CATEGORIES = List.of("facilities.sewer", "environment.garbage",
            "environment.noise", "safety.hazard", "disputes.neighbours");

    @Override
    public String id() {
        return "server";
    }

    @Override
    public List<Row> run(boolean quick) throws Exception {
        Duration length = Duration.ofSeconds(quick ? 5 : 60);
        City city = ExampleCities.load("jilin");
        List<String> places = city.jurisdiction().subtree(city.jurisdiction().root().id()).stream()
                .filter(n -> n.level().id().value().equals("community")).map(JurisdictionNode::id)
                .map(Object::toString).toList();
        Path dir = Files.createTempDirectory("gridgov-server-bench");
        Load http;
        try (JdbcEventStore store = JdbcStores.sqlite(dir.resolve("served.db"))) {
            http = overHttp(city, store, places, length);
        }
        Load inProcess;
        try (JdbcEventStore store = JdbcStores.sqlite(dir.resolve("in-process.db"))) {
            inProcess = inProcess(engine(city, store), places, length);
        }
        return List.of(row("Open311 reports over HTTP, 8 clients", http.reports(), inProcess.reports(), length),
                row("Open311 queries over HTTP, 8 clients", http.queries(), inProcess.queries(), length));
    }

    private static CityEngine engine(City city, JdbcEventStore store) {
        return GridGov.forCity(city).pack(ExampleCities.packSource("jilin")).loader(ExampleCities.loader())
                .build(store);
    }

    /** Latencies in nanoseconds of one kind of request, and the seconds they were sent over. */
    private record Latencies(long[] nanos, double seconds) {
        double rate() {
            return nanos.length / seconds;
        }

        double percentile(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e9;
        }
    }

    private record Load(Latencies reports, Latencies queries) {
    }

    /** One client's step: a report when {@code report}, else a query; returns false if the answer was wrong. */
    @FunctionalInterface
    private interface Step {
        boolean run(boolean report, SplittableRandom random) throws Exception;
    }

    private static Load overHttp(City city, JdbcEventStore store, List<String> places, Duration length)
            throws Exception {
        String token = "bench-hotline";
        Actor hotline = Parties.channel(city, new ChannelId("hotline-12345"));
        try (GridgovServer server = GridgovServer.serve(engine(city, store)).listen("127.0.0.1", 0)
                .tokens(ApiTokens.of(Map.of(ApiTokens.digest(token), new ApiPrincipal("bench", hotline))))
                .tickEvery(Duration.ZERO).start()) {
            String base = "http://127.0.0.1:" + server.port() + "/open311/v2/";
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> ids = new CopyOnWriteArrayList<>();
            return load(length, (report, random) -> {
                if (report || ids.isEmpty()) {
                    String body = "api_key=" + token + "&service_code=" + CATEGORIES.get(random.nextInt(CATEGORIES.size()))
                            + "&address_id=" + places.get(random.nextInt(places.size())) + "&description="
                            + URLEncoder.encode("压测诉求 load test", StandardCharsets.UTF_8);
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "requests.json"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 201) {
                        int at = r.body().indexOf("\"service_request_id\":\"") + 22;
                        ids.add(r.body().substring(at, r.body().indexOf('"', at)));
                    }
                    return r.statusCode() == 201;
                }
                String id = ids.get(random.nextInt(ids.size()));
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "requests/" + id
                        + ".json")).GET().build(), HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200;
            });
        }
    }

    private static Load inProcess(CityEngine engine, List<String> places, Duration length) throws Exception {
        Actor hotline = Parties.channel(engine.city(), new ChannelId("hotline-12345"));
        List<IssueId> ids = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
        return load(length, (report, random) -> {
            if (report || ids.isEmpty()) {
                IssueId id = new IssueId("bench-" + next.incrementAndGet());
                IssueFacts facts = IssueFacts.of(new CategoryId(CATEGORIES.get(random.nextInt(CATEGORIES.size()))),
                        new ChannelId("hotline-12345"), new org.gridgov.jurisdiction.NodeId(places.get(
                                random.nextInt(places.size()))), "压测诉求 load test", Severity.LOW);
                boolean done = engine.engine().report(id, facts, hotline, java.time.Instant.now()).isDone();
                ids.add(id);
                return done;
            }
            return engine.engine().issue(ids.get(random.nextInt(ids.size()))).isPresent();
        });
    }

    /** Runs 8 threads alternating reports and queries until the time is up. */
    private static Load load(Duration length, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + length.toNanos();
        long start = System.nanoTime();
        List<Future<long[][]>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            SplittableRandom random = new SplittableRandom(c);
            futures.add(pool.submit(() -> {
                List<Long> reports = new ArrayList<>();
                List<Long> queries = new ArrayList<>();
                boolean report = true;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    if (!step.run(report, random)) {
                        throw new IllegalStateException("a request was answered wrongly under load");
                    }
                    (report ? reports : queries).add(System.nanoTime() - t0);
                    report = !report;
                }
                return new long[][] {reports.stream().mapToLong(Long::longValue).toArray(),
                    queries.stream().mapToLong(Long::longValue).toArray()};
            }));
        }
        List<long[]> reports = new ArrayList<>();
        List<long[]> queries = new ArrayList<>();
        for (Future<long[][]> f : futures) {
            long[][] both = f.get();
            reports.add(both[0]);
            queries.add(both[1]);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Load(new Latencies(concat(reports), seconds), new Latencies(concat(queries), seconds));
    }

    private static long[] concat(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).toArray();
    }

    private static Row row(String measure, Latencies http, Latencies inProcess, Duration length) {
        return new Row(measure, figures(http), figures(inProcess) + " in-process", Figures.ratio(inProcess.rate()
                / http.rate()), "", true, Figures.count(http.nanos().length) + " requests in "
                + length.toSeconds() + " s on the loopback address, SQLite store; baseline the engine called by the same "
                + "8 threads");
    }

    private static String figures(Latencies l) {
        return Figures.rate(l.rate(), "req") + ", p50 " + Figures.duration(l.percentile(0.5)) + ", p99 "
                + Figures.duration(l.percentile(0.99));
    }
}
