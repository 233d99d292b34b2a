package org.gridgov.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.document.DocumentException;
import org.gridgov.rules.scenario.ScenarioFile;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.store.EventLog;
import org.gridgov.store.EventStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that list what an event log holds or what a scenario played leaves ({@code gridgov
 * deliberation}, {@code gridgov service}): {@code --events FILE}, {@code --store FILE|URL} or {@code --play FILE}
 * (into the {@code --store} if one is given), and {@code --write-events}.
 */
final class LogOrPlay {
    @Option(names = "--events", paramLabel = "FILE", description = "An event log (JSON lines) to read.")
    Path events;

    @Option(names = "--play", paramLabel = "FILE",
            description = "A scenario: a file, or a path inside the pack (scenarios/…).")
    String play;

    @Option(names = "--write-events", paramLabel = "FILE", description = "Write the played scenario's event log.")
    Path write;

    @Mixin
    StoreOption storeOption;

    /** Reads a scenario file's text of one kind; problems are located. */
    @FunctionalInterface
    interface Reader<S extends ScenarioFile> {
        S read(String file, String text) throws DocumentException;
    }

    /** The store of the log, or of the played scenario; a non-zero exit code (problems printed) if neither works. */
    <S extends ScenarioFile> Result load(PackOptions.Prepared ready, CityOptions city, Reader<S> reader,
                                         PrintWriter out, PrintWriter err) {
        boolean zh = city.zh();
        int sources = (events == null ? 0 : 1) + (play == null ? 0 : 1) + (storeOption.durable() && play == null ? 1 : 0);
        if (sources != 1) {
            err.println(zh ? "请给出 --events、--store 或 --play 之一" : "give one of --events, --store or --play");
            return new Result(null, 2);
        }
        if (storeOption.durable() && play == null) {
            StoreOption.Opened opened = storeOption.open();
            return new Result(opened.store(), 0, opened::close);
        }
        if (events != null) {
            try (BufferedReader in = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
                return new Result(EventLog.read(events.toString(), in), 0);
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println((zh ? "无法读取 " : "cannot read ") + events + ": " + e.getMessage());
            } catch (DocumentException e) {
                e.problems().forEach(p -> err.println(p.describe(city.locale())));
            }
            return new Result(null, 1);
        }
        StoreOption.Opened opened = storeOption.open();
        return new Result(opened.store(), play(ready, city, reader, opened.store(), out, err), opened::close);
    }

    /** A store to list, or the exit code that says why there is none; closing it closes a database store. */
    record Result(EventStore store, int failure, Runnable closer) implements AutoCloseable {
        Result(EventStore store, int failure) {
            this(store, failure, () -> { });
        }

        @Override
        public void close() {
            closer.run();
        }
    }

    private <S extends ScenarioFile> int play(PackOptions.Prepared ready, CityOptions city, Reader<S> reader,
                                              EventStore store, PrintWriter out, PrintWriter err) {
        boolean zh = city.zh();
        S scenario;
        try {
            Path file = Path.of(play);
            String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8)
                    : new String(ready.source().read(play), StandardCharsets.UTF_8);
            scenario = reader.read(play, text);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            err.println((zh ? "无法读取场景 " : "cannot read the scenario ") + play + ": " + e.getMessage());
            return 1;
        } catch (DocumentException e) {
            e.problems().forEach(p -> err.println(p.describe(city.locale())));
            return 1;
        }
        ScenarioResult result = scenario.run(ready.door().build(store));
        out.printf("%s %s — %s (%d)%n", result.passed() ? "PASS" : "FAIL", play, scenario.name().in(city.locale()),
                result.results().size());
        if (!result.passed()) {
            out.println(result.failureReport());
        }
        if (write != null) {
            try (Writer w = Files.newBufferedWriter(write, StandardCharsets.UTF_8)) {
                EventLog.write(store, w);
            } catch (IOException e) {
                err.println((zh ? "无法写入 " : "cannot write ") + write + ": " + e.getMessage());
                return 1;
            }
        }
        return result.passed() ? 0 : 1;
    }
}
