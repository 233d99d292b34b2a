package org.gridgov.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.CityEngine;
import org.gridgov.document.DocumentException;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.rules.scenario.ServiceScenario;
import org.gridgov.rules.scenario.ServiceScenarioReader;
import org.gridgov.store.EventLog;
import org.gridgov.store.EventStore;
import org.gridgov.store.InMemoryEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov service PACK}: a community's report-ins, wishes, orders, posts and confirmed services with its
 * rates, read from an event log or played from a service scenario.
 */
@Command(name = "service", mixinStandardHelpOptions = true,
        description = {"List a community's report-ins, micro-wishes, menu orders, posts and confirmed services with its",
                "report-in and service rates, from an event log (--events) or a service scenario played on a fresh",
                "engine (--play); --write-events saves the played log. Names and numbers stay masked.",
                "Example: gridgov service jilin --play scenarios/members-come-home.yaml --community 维北社区"})
final class ServiceCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Option(names = "--events", paramLabel = "FILE", description = "An event log (JSON lines) to read.")
    Path events;

    @Option(names = "--play", paramLabel = "FILE",
            description = "A service scenario: a file, or a path inside the pack (scenarios/…).")
    String play;

    @Option(names = "--write-events", paramLabel = "FILE", description = "Write the played scenario's event log.")
    Path write;

    @Option(names = "--community", paramLabel = "NODE", description = "The community (id, code or name); default: all.")
    String community;

    @Option(names = "--year", description = "The year of the rates (default: the first report-in's).")
    Integer year;

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
        EventStore store = new InMemoryEventStore();
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
            int played = play(ready, store, out, err);
            if (played != 0) {
                return played;
            }
        }
        CityEngine engine = ready.door().store(store).build();
        Optional<NodeId> only = Optional.empty();
        if (community != null) {
            var found = ready.city().jurisdiction().lookup(community);
            if (found.unique().isEmpty()) {
                err.println(found.problem().in(city.locale()));
                return 2;
            }
            only = found.unique().map(JurisdictionNode::id);
        }
        ServiceListing.print(ready.city(), engine.engine().service(), only, Optional.ofNullable(year).map(Year::of),
                city.locale(), out);
        return 0;
    }

    private int play(PackOptions.Prepared ready, EventStore store, PrintWriter out, PrintWriter err) {
        boolean zh = city.zh();
        ServiceScenario scenario;
        try {
            Path file = Path.of(play);
            String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8)
                    : new String(ready.source().read(play), StandardCharsets.UTF_8);
            scenario = ServiceScenarioReader.read(play, text);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            err.println((zh ? "无法读取场景 " : "cannot read the scenario ") + play + ": " + e.getMessage());
            return 1;
        } catch (DocumentException e) {
            e.problems().forEach(p -> err.println(p.describe(city.locale())));
            return 1;
        }
        ScenarioResult result = scenario.run(ready.door().store(store).build());
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
