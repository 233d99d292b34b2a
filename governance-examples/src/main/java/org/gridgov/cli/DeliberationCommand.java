package org.gridgov.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridgov.document.DocumentException;
import org.gridgov.i18n.Bilingual;
import org.gridgov.rules.scenario.DeliberationScenario;
import org.gridgov.rules.scenario.DeliberationScenarioReader;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.store.EventLog;
import org.gridgov.store.EventStore;
import org.gridgov.store.InMemoryEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov deliberation PACK}: the city's deliberating bodies with their items and meetings, read from an event
 * log, or played from a deliberation scenario.
 */
@Command(name = "deliberation", mixinStandardHelpOptions = true,
        description = {"List each deliberating body of the city (五方共议, 小板凳, 联席会议) with its meetings and items",
                "from an event log (--events), or play a deliberation scenario (--play) on a fresh engine and list",
                "what it left; --write-events saves the played log. Personal data stays masked.",
                "Example: gridgov deliberation jilin --play scenarios/small-bench-meeting.yaml --lang zh"})
final class DeliberationCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Option(names = "--events", paramLabel = "FILE", description = "An event log (JSON lines) to read.")
    Path events;

    @Option(names = "--play", paramLabel = "FILE",
            description = "A deliberation scenario: a file, or a path inside the pack (scenarios/…).")
    String play;

    @Option(names = "--write-events", paramLabel = "FILE", description = "Write the played scenario's event log.")
    Path write;

    @Option(names = "--body", paramLabel = "ID", description = "Only this body.")
    String body;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        boolean zh = city.zh();
        if ((events == null) == (play == null)) {
            err.println(zh ? "请给出 --events 或 --play 之一" : "give one of --events or --play");
            return 2;
        }
        PackOptions.Prepared ready = pack.prepare(city, err);
        if (ready.failed()) {
            return ready.failure();
        }
        EventStore store;
        if (events != null) {
            try (BufferedReader in = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
                store = EventLog.read(events.toString(), in);
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println((zh ? "无法读取 " : "cannot read ") + events + ": " + e.getMessage());
                return 1;
            } catch (DocumentException e) {
                e.problems().forEach(p -> err.println(p.describe(city.locale())));
                return 1;
            }
        } else {
            store = new InMemoryEventStore();
            int played = play(ready, store, out, err);
            if (played != 0) {
                return played;
            }
        }
        BodyListing.print(ready.city(), ready.door().store(store).build(), body, city.locale(), out);
        return 0;
    }

    /** Plays the scenario on a fresh engine over the store; 0 if it passed. */
    private int play(PackOptions.Prepared ready, EventStore store, PrintWriter out, PrintWriter err) {
        boolean zh = city.zh();
        DeliberationScenario scenario;
        try {
            Path file = Path.of(play);
            String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8)
                    : new String(ready.source().read(play), StandardCharsets.UTF_8);
            scenario = DeliberationScenarioReader.read(play, text);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            err.println((zh ? "无法读取场景 " : "cannot read the scenario ") + play + ": " + e.getMessage());
            return 1;
        } catch (DocumentException e) {
            e.problems().forEach(p -> err.println(p.describe(city.locale())));
            return 1;
        }
        ScenarioResult result = scenario.run(ready.door().store(store).build());
        Bilingual name = scenario.name();
        out.printf("%s %s — %s (%d)%n", result.passed() ? "PASS" : "FAIL", play, name.in(city.locale()),
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
