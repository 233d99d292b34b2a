package org.gridgov.server.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.gridgov.report.writer.ReportWriter;
import org.gridgov.server.city.ServedCity;
import org.gridgov.server.http.PlainErrors;
import org.gridgov.server.http.Response;
import org.gridgov.server.http.Routes;

/**
 * {@code /dashboard} (the page), {@code /dashboard/app.js}, {@code /dashboard/chart.js} (the reports' Chart.js),
 * {@code /dashboard/data.json?lang=zh|en} (what the page shows) and {@code /dashboard/events} (server-sent
 * events: {@code change} with the change count whenever a command or a tick changed something, a comment every
 * 15 s to keep proxies from closing the stream).
 */
public final class DashboardRoutes {
    static final long KEEPALIVE_MILLIS = 15_000;

    private DashboardRoutes() {
    }

    /** Adds the dashboard of a city to a server's routes. */
    public static void add(Routes routes, ServedCity served) {
        DashboardData data = new DashboardData(served);
        String page = resource("dashboard.html").replace("{{city}}", served.city().name().zh());
        String app = resource("app.js");
        String chart = ReportWriter.chartJs();
        var errors = PlainErrors.JSON_FORMAT;
        routes.family("/dashboard", errors);
        routes.get("/dashboard", errors, r -> page(page));
        routes.get("/", errors, r -> new Response.Whole(302, "text/plain; charset=utf-8", new byte[0],
                Map.of("Location", "/dashboard")));
        routes.get("/dashboard/app.js", errors, r -> Response.text(200, "text/javascript", app));
        routes.get("/dashboard/chart.js", errors, r -> Response.text(200, "text/javascript", chart));
        routes.get("/dashboard/data.json", errors, r -> Response.json(200, data.snapshot(
                "en".equals(r.param("lang").orElse("zh")) ? Locale.ENGLISH : Locale.CHINESE).toString()));
        routes.get("/dashboard/events", errors, r -> new Response.Streamed("text/event-stream; charset=utf-8",
                (out, open) -> stream(out, open, served)));
    }

    /** Announces changes until the server stops or the client goes away; wakes every second to see which. */
    private static void stream(OutputStream out, BooleanSupplier open, ServedCity served) throws IOException {
        long seen = served.changes();
        write(out, "retry: 2000\nevent: change\ndata: " + seen + "\n\n");
        long lastWrite = System.nanoTime();
        while (open.getAsBoolean()) {
            long now;
            try {
                now = served.awaitChange(seen, 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (now > seen) {
                write(out, "event: change\ndata: " + now + "\n\n");
                lastWrite = System.nanoTime();
                seen = now;
            } else if (System.nanoTime() - lastWrite > KEEPALIVE_MILLIS * 1_000_000) {
                write(out, ": keep-alive\n\n");
                lastWrite = System.nanoTime();
            }
        }
    }

    private static void write(OutputStream out, String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static Response page(String html) {
        return new Response.Whole(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'"));
    }

    private static String resource(String name) {
        try (InputStream in = DashboardRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard's " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
