package org.gridgov.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.CityEngine;
import org.gridgov.city.City;
import org.gridgov.document.DocumentException;
import org.gridgov.engine.Services;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.privacy.Masking;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.rules.scenario.ServiceScenario;
import org.gridgov.rules.scenario.ServiceScenarioReader;
import org.gridgov.service.ServiceRates;
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
        list(ready.city(), engine.engine().service(), only, out);
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

    private void list(City c, Services s, Optional<NodeId> only, PrintWriter out) {
        Locale locale = city.locale();
        boolean zh = city.zh();
        var tree = c.jurisdiction();
        java.util.function.Predicate<NodeId> in = n -> only.map(o -> tree.isAncestorOrSelf(o, n)).orElse(true);
        java.util.function.Function<org.gridgov.people.PersonId, String> who = p -> c.people().find(p)
                .map(x -> x.maskedName()).orElse(p.value());
        s.reportIns().stream().filter(r -> in.test(r.community())).forEach(r -> out.printf("%s %s → %s (%s)%s%n",
                zh ? "报到" : "report-in", r.member().map(who).orElse(r.unit().map(Object::toString).orElse("")),
                tree.node(r.community()).name().in(locale), r.basis().displayName().in(locale),
                r.confirmed() ? (zh ? ", 已线下确认" : ", confirmed in person") : (zh ? ", 仅网上报到" : ", online only")));
        s.wishes().stream().filter(w -> in.test(w.community())).forEach(w -> out.printf("%s %s: %s %s%n",
                zh ? "心愿" : "wish", w.id(), Masking.text(w.text()), w.status().name().toLowerCase(Locale.ROOT)));
        s.orders().stream().filter(o -> in.test(o.community())).forEach(o -> out.printf("%s %s: %s %s%n",
                zh ? "点单" : "order", o.id(), Masking.text(o.menuItem()), o.status().name().toLowerCase(Locale.ROOT)));
        s.posts().stream().filter(p -> in.test(p.community())).forEach(p -> out.printf("%s %s: %s %d/%d%n",
                zh ? "岗位" : "post", p.id(), p.title(), p.members().size(), p.capacity()));
        s.records().stream().filter(r -> r.counts()).forEach(r -> out.printf("%s %s: %s, %s %.1f %s%n",
                zh ? "服务" : "service", r.id(), who.apply(r.member()), Masking.text(r.what()),
                r.duration().toMinutes() / 60.0, zh ? "小时" : "h"));
        // The year of the rates is the one asked for, else the first report-in's; nothing reads the clock.
        Optional<Year> y = year != null ? Optional.of(Year.of(year)) : s.reportIns().stream().map(r -> r.year()).findFirst();
        if (y.isEmpty()) {
            return;
        }
        NodeId area = only.orElse(tree.root().id());
        ServiceRates rates = s.ratesOf(area, y.get());
        out.printf("%s %s %s %s, %s %s (%d/%d)%n", y.get(), tree.node(area).name().in(locale),
                zh ? "报到率" : "report-in rate", percent(rates.reportInRate()), zh ? "服务率" : "service rate",
                percent(rates.serviceRate()), rates.reported().size(), rates.expected().size());
    }

    private static String percent(Optional<Double> rate) {
        return rate.map(r -> String.format(Locale.ROOT, "%.2f%%", r * 100)).orElse("—");
    }
}
