package org.gridgov.server;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridgov.CityEngine;
import org.gridgov.server.api.EngineRoutes;
import org.gridgov.server.auth.ApiTokens;
import org.gridgov.server.city.ServedCity;
import org.gridgov.server.dashboard.DashboardRoutes;
import org.gridgov.server.http.HttpService;
import org.gridgov.server.http.Limits;
import org.gridgov.server.http.PlainErrors;
import org.gridgov.server.http.Response;
import org.gridgov.server.http.Routes;
import org.gridgov.server.open311.Open311Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One city served over HTTP:
 *
 * <pre>
 * GridgovServer server = GridgovServer.serve(engine).tokens(tokens).port(8311).start();
 * ...
 * server.stop();   // graceful: requests in flight finish
 * </pre>
 *
 * Routes: {@code /open311/v2/…}, {@code /api/v1/…}, {@code /dashboard}, {@code /health} (the process is up) and
 * {@code /ready} (it takes requests; {@code 503} while stopping). Unless {@link #tickEvery} is zero, the engine
 * ticks at the server clock's instant on that schedule; a tick that fails is logged and the next one tries again.
 */
public final class GridgovServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GridgovServer.class);

    private final CityEngine engine;
    private ApiTokens tokens = ApiTokens.none();
    private Clock clock = Clock.systemUTC();
    private String host = "127.0.0.1";
    private int port = 8311;
    private Limits limits = Limits.standard();
    private Duration tickEvery = Duration.ofMinutes(1);
    private HttpService http;
    private ScheduledExecutorService ticker;
    private ServedCity served;
    private java.util.List<String> routes = java.util.List.of();

    private GridgovServer(CityEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** A server for a city's engine; nothing is bound until {@link #start()}. */
    public static GridgovServer serve(CityEngine engine) {
        return new GridgovServer(engine);
    }

    /** Who may call; by default nobody may write. */
    public GridgovServer tokens(ApiTokens tokens) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        return this;
    }

    /** The clock commands and ticks happen at; the system's UTC clock by default. */
    public GridgovServer clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** The address and port; {@code 127.0.0.1:8311} by default, port 0 for any free one. */
    public GridgovServer listen(String host, int port) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        return this;
    }

    /** The bounds; {@link Limits#standard()} by default. */
    public GridgovServer limits(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        return this;
    }

    /** How often the engine ticks; zero for never (a test or a host ticks through {@code POST /api/v1/tick}). */
    public GridgovServer tickEvery(Duration every) {
        if (every.isNegative()) {
            throw new IllegalArgumentException("a negative tick interval: " + every);
        }
        this.tickEvery = every;
        return this;
    }

    /**
     * Binds the port and starts serving.
     *
     * @throws java.io.UncheckedIOException if the port cannot be bound
     * @throws IllegalStateException        if already started
     */
    public GridgovServer start() {
        if (http != null) {
            throw new IllegalStateException("the server is started already");
        }
        served = new ServedCity(engine, clock, tokens);
        Routes routes = new Routes();
        Open311Routes.add(routes, served);
        EngineRoutes.add(routes, served);
        DashboardRoutes.add(routes, served);
        routes.get("/health", PlainErrors.JSON_FORMAT, r -> Response.json(200, "{\"status\":\"up\"}"));
        routes.get("/ready", PlainErrors.JSON_FORMAT, r -> http.accepting()
                ? Response.json(200, "{\"status\":\"ready\",\"city\":\"" + engine.city().id() + "\"}")
                : Response.json(503, "{\"status\":\"stopping\"}"));
        this.routes = routes.list();
        http = HttpService.start(host, port, routes, limits);
        if (!tickEvery.isZero()) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "gridgov-tick");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleWithFixedDelay(this::tick, tickEvery.toMillis(), tickEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
        return this;
    }

    private void tick() {
        try {
            EngineRoutes.tick(served);
        } catch (RuntimeException e) {
            LOG.error("the scheduled tick failed; the next one tries again", e);
        }
    }

    /** The port served. */
    public int port() {
        return http.port();
    }

    /** Every route served, as {@code METHOD pattern}; empty before {@link #start()}. */
    public java.util.List<String> routes() {
        return routes;
    }

    /** The served city, for hosts that embed the server. */
    public ServedCity served() {
        return served;
    }

    /** Stops the schedule, then the server gracefully. Idempotent. */
    public void stop() {
        if (ticker != null) {
            ticker.shutdown();
            try {
                ticker.awaitTermination(limits.shutdown().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (http != null) {
            http.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
