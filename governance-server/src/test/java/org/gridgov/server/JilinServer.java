package org.gridgov.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.server.auth.ApiPrincipal;
import org.gridgov.server.auth.ApiTokens;
import org.gridgov.server.http.Limits;
import org.gridgov.store.jdbc.JdbcEventStore;
import org.gridgov.store.jdbc.JdbcStores;

/**
 * 吉林市 served on a free loopback port over an SQLite file, on a clock the test moves (from 2023-06-15 10:00 in
 * Jilin), with the hotline's token {@code hotline-secret} and whatever other tokens a test adds; and a plain JDK
 * HTTP client to call it.
 */
final class JilinServer implements AutoCloseable {
    static final Instant START = Instant.parse("2023-06-15T02:00:00Z");
    static final String HOTLINE = "hotline-secret";
    private static City city;

    final MovableClock clock = new MovableClock(START);
    final GridgovServer server;
    private final JdbcEventStore store;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    JilinServer(Path dir, Map<String, Actor> moreTokens, Limits limits) throws Exception {
        City c = city();
        Map<String, ApiPrincipal> tokens = new HashMap<>();
        tokens.put(ApiTokens.digest(HOTLINE), new ApiPrincipal("hotline", org.gridgov.authorization.Parties.channel(c,
                new org.gridgov.issue.ChannelId("hotline-12345"))));
        moreTokens.forEach((token, actor) -> tokens.put(ApiTokens.digest(token), new ApiPrincipal("p-" + token, actor)));
        store = JdbcStores.sqlite(dir.resolve("gridgov.db"));
        CityEngine engine = GridGov.forCity(c).pack(ExampleCities.packSource("jilin")).loader(ExampleCities.loader())
                .build(store);
        server = GridgovServer.serve(engine).tokens(ApiTokens.of(tokens)).clock(clock).listen("127.0.0.1", 0)
                .limits(limits).tickEvery(Duration.ZERO).start();
    }

    JilinServer(Path dir) throws Exception {
        this(dir, Map.of(), Limits.standard());
    }

    static synchronized City city() throws Exception {
        if (city == null) {
            city = ExampleCities.load("jilin");
        }
        return city;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> form(String path, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> json(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type",
                "application/json").method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
