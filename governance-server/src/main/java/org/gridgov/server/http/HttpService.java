package org.gridgov.server.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The routes served on a port by the JDK's HTTP server, on a bounded pool: at most {@link Limits#threads()} requests
 * run at once and {@link Limits#queue()} wait; past that a request is answered {@code 503} at once by the accepting
 * thread instead of piling up. {@link #stop()} is graceful: new requests get {@code 503}, streams end, and requests
 * in flight finish (up to {@link Limits#shutdown()}) before the port closes.
 */
public final class HttpService implements AutoCloseable {
    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final Limits limits;
    private final Exchanges exchanges;

    private HttpService(HttpServer server, ThreadPoolExecutor pool, Limits limits, Exchanges exchanges) {
        this.server = server;
        this.pool = pool;
        this.limits = limits;
        this.exchanges = exchanges;
    }

    /**
     * Starts serving.
     *
     * @param host   the address to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
     * @param port   the port, 0 for any free one
     * @param routes what is served
     * @param limits the bounds
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static HttpService start(String host, int port, Routes routes, Limits limits) {
        // Without TCP_NODELAY, headers and body go out in two segments and the client's delayed ACK holds the second
        // for ~40 ms: every answer would take that long. The JDK's server reads this once, when it first starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), limits.queue());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(limits.threads(), limits.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.queue()), r -> {
                    Thread t = new Thread(r, "gridgov-http-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, (task, executor) -> Exchanges.shed(task));
        Exchanges exchanges = new Exchanges(routes, limits);
        server.createContext("/", exchanges);
        server.setExecutor(pool);
        server.start();
        return new HttpService(server, pool, limits, exchanges);
    }

    /** The port served, useful when started on port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** False once {@link #stop()} began: readiness endpoints answer {@code 503} from then on. */
    public boolean accepting() {
        return !exchanges.stopping();
    }

    /** Stops gracefully: see the class comment. Idempotent. */
    public void stop() {
        exchanges.beginStopping();
        exchanges.awaitIdle(limits.shutdown());
        server.stop(0);
        pool.shutdown();
        try {
            pool.awaitTermination(limits.shutdown().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }
}
