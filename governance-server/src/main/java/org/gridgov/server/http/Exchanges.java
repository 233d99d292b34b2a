package org.gridgov.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request: read within the limits, matched, answered, logged. A handler's {@link HttpFailure} is answered in
 * its family's format; any other exception is a bug, logged here with its stack trace and answered {@code 500}
 * with nothing of it.
 */
final class Exchanges implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Exchanges.class);
    private static final ThreadLocal<Boolean> SHEDDING = ThreadLocal.withInitial(() -> false);

    private final Routes routes;
    private final Limits limits;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Semaphore streams;
    private volatile boolean stopping;

    Exchanges(Routes routes, Limits limits) {
        this.routes = routes;
        this.limits = limits;
        this.streams = new Semaphore(Math.max(1, limits.threads() / 4));
    }

    /** Runs a request the pool had no room for on the accepting thread, answering it 503 without work. */
    static void shed(Runnable task) {
        SHEDDING.set(true);
        try {
            task.run();
        } finally {
            SHEDDING.remove();
        }
    }

    boolean stopping() {
        return stopping;
    }

    void beginStopping() {
        stopping = true;
    }

    void awaitIdle(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        String route = "-";
        int status = 500;
        long bytes = 0;
        try {
            Routes.Matched matched = routes.match(method, path);
            route = matched.route() == null ? "-" : matched.route().pattern();
            ErrorFormat errors = matched.route() == null ? routes.errorsFor(path) : matched.route().errors();
            Request request = null;
            Response response;
            try {
                if (SHEDDING.get() || stopping) {
                    throw new HttpFailure(503, "busy", "服务繁忙或正在停止，请稍后再试",
                            "the server is busy or stopping; try again shortly");
                }
                if (matched.failure() != null) {
                    throw matched.failure();
                }
                request = read(exchange, method, path).withVars(matched.vars());
                response = matched.route().handler().handle(request);
            } catch (HttpFailure failure) {
                Request shown = request != null ? request : bare(method, path, matched);
                response = errors.render(shown, failure);
            } catch (RuntimeException bug) {
                LOG.error("{} {} failed", method, route, bug);
                response = errors.render(bare(method, path, matched), new HttpFailure(500, "internal",
                        "服务器内部错误，已记录", "an internal error; it has been logged"));
            }
            status = response.status();
            bytes = send(exchange, method, response);
        } finally {
            inFlight.decrementAndGet();
            exchange.close();
            AccessLog.write(method, route, status, bytes, System.nanoTime() - start, Principal.take());
        }
    }

    private static Request bare(String method, String path, Routes.Matched matched) {
        return new Request(method, path, Map.of(), Map.of(), new byte[0], matched.vars());
    }

    private long send(HttpExchange exchange, String method, Response response) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (response instanceof Response.Whole whole) {
            whole.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.getResponseHeaders().set("Content-Type", whole.type());
            boolean head = "HEAD".equals(method);
            exchange.sendResponseHeaders(whole.status(), head ? -1 : whole.body().length == 0 ? -1 : whole.body().length);
            if (!head && whole.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(whole.body());
                }
            }
            return whole.body().length;
        }
        Response.Streamed streamed = (Response.Streamed) response;
        if (!streams.tryAcquire()) {
            byte[] busy = PlainErrors.body(new HttpFailure(503, "too-many-streams", "实时连接已满", "too many live streams"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(503, busy.length);
            exchange.getResponseBody().write(busy);
            return busy.length;
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", streamed.type());
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                streamed.writer().write(out, () -> !stopping);
            } catch (IOException gone) {
                // the client went away: the stream simply ends
            }
            return 0;
        } finally {
            streams.release();
        }
    }

    private Request read(HttpExchange exchange, String method, String path) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        byte[] body = body(exchange);
        Map<String, List<String>> params = new LinkedHashMap<>();
        decode(exchange.getRequestURI().getRawQuery(), params);
        String type = headers.getOrDefault("content-type", List.of("")).get(0).toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            decode(new String(body, StandardCharsets.UTF_8), params);
        }
        return new Request(method, path, params, headers, body, Map.of());
    }

    private byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new HttpFailure(400, "bad-content-length", "Content-Length 不是数字", "Content-Length is no number");
            }
            if (declared > limits.maxBody()) {
                throw tooLarge();
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] read = in.readNBytes(limits.maxBody() + 1);
            if (read.length > limits.maxBody()) {
                throw tooLarge();
            }
            return read;
        }
    }

    private HttpFailure tooLarge() {
        return new HttpFailure(413, "too-large", "请求体超过 " + limits.maxBody() + " 字节",
                "the request body is over " + limits.maxBody() + " bytes");
    }

    private static void decode(String raw, Map<String, List<String>> into) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                into.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new HttpFailure(400, "bad-encoding", "参数编码有误", "a parameter is badly encoded");
            }
        }
    }
}
