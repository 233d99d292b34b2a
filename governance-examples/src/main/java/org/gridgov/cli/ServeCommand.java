package org.gridgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gridgov.CityEngine;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.document.DocumentException;
import org.gridgov.server.GridgovServer;
import org.gridgov.server.auth.ApiPrincipal;
import org.gridgov.server.auth.ApiTokens;
import org.gridgov.server.auth.TokensReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov serve --city jilin --store gridgov.db --port 8311}: the city's engine over HTTP (Open311, the
 * engine's API, the dashboard) until interrupted, then a graceful stop. Without {@code --tokens}, one token for the
 * city's first channel (the hotline) is made for this run and printed once, so a newcomer can report in with curl.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a city over HTTP: Open311 GeoReport v2 at /open311/v2, the engine's API at /api/v1,",
                "the live dashboard at /dashboard, /health and /ready. Ctrl-C stops it gracefully.",
                "Example: gridgov serve --city jilin --store gridgov.db --port 8311"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CityOptions city;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--pack", paramLabel = "FOLDER", description = "A pack folder (default: the example city's pack).")
    String pack;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The address to bind (default: 127.0.0.1).")
    String host;

    @Option(names = "--port", defaultValue = "8311", description = "The port (default: 8311; 0 for any free one).")
    int port;

    @Option(names = "--tokens", paramLabel = "FILE", description = "The API tokens file (YAML, SHA-256 digests).")
    Path tokens;

    @Option(names = "--tick-every", defaultValue = "PT1M", paramLabel = "DURATION",
            description = "How often the engine ticks at the clock, ISO-8601 (default: PT1M; PT0S never).")
    Duration tickEvery;

    @Option(names = "--hash-token", paramLabel = "TOKEN",
            description = "Print the SHA-256 digest of a token for the tokens file, and exit.")
    String hashToken;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (hashToken != null) {
            out.println(ApiTokens.digest(hashToken));
            out.flush();
            return 0;
        }
        PackOptions options = new PackOptions();
        options.pack = pack != null ? pack : city.city;
        if (options.pack == null) {
            err.println(city.zh() ? "请用 --city 指定城市" : "name the city with --city");
            err.flush();
            return 2;
        }
        PackOptions.Prepared ready = options.prepare(city, err);
        if (ready.failed()) {
            return ready.failure();
        }
        try (StoreOption.Opened opened = storeOption.open()) {
            return serve(ready, ready.door().build(opened.store()), out, err);
        }
    }

    private int serve(PackOptions.Prepared ready, CityEngine engine, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        boolean zh = city.zh();
        ApiTokens accepted;
        try {
            accepted = tokens != null ? TokensReader.read(tokens.toString(), Files.readString(tokens,
                    StandardCharsets.UTF_8), ready.city()) : runToken(ready.city(), err);
        } catch (IOException e) {
            err.println((zh ? "无法读取 " : "cannot read ") + tokens + ": " + e.getMessage());
            err.flush();
            return 1;
        } catch (DocumentException e) {
            e.problems().forEach(p -> err.println(p.describe(city.locale())));
            err.flush();
            return 1;
        }
        GridgovServer server;
        try {
            server = GridgovServer.serve(engine).tokens(accepted).listen(host, port).tickEvery(tickEvery).start();
        } catch (java.io.UncheckedIOException e) {
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "gridgov-serve-stop"));
        out.printf("%s http://%s:%d/ — Open311 /open311/v2, API /api/v1, %s /dashboard%n",
                zh ? "已启动" : "serving", host, server.port(), zh ? "大屏" : "dashboard");
        out.flush();
        stopped.await();
        return 0;
    }

    /** A random token for the city's first channel, printed once. */
    private ApiTokens runToken(City c, PrintWriter err) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        Actor hotline = Parties.channel(c, c.channels().get(0).id());
        err.println((city.zh() ? "本次运行的 API 令牌（" : "this run's API token (") + hotline + "): " + token);
        err.flush();
        return ApiTokens.of(Map.of(ApiTokens.digest(token), new ApiPrincipal("run-" + c.channels().get(0).id().value(),
                hotline)));
    }
}
