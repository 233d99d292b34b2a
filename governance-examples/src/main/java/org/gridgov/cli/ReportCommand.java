package org.gridgov.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gridgov.city.City;
import org.gridgov.document.DocumentException;
import org.gridgov.metrics.Period;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.report.EvaluationReport;
import org.gridgov.report.EvaluationReports;
import org.gridgov.report.writer.ReportWriter;
import org.gridgov.evaluation.Ranking;
import org.gridgov.store.EventLog;
import org.gridgov.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gridgov report PACK --events FILE}: a month's evaluation of recorded cases, scored by a pack. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Score a month of recorded cases (an event log of JSON lines, as 'simulate --events' writes)",
                "with a pack's scoring rules, print the ranking of a level, and write the report: HTML, JSON or CSV",
                "by the file's extension. Units without cases that month are left out of the ranking.",
                "Example: gridgov report jilin --events june.jsonl --month 2023-06 --level street --out june.html"})
final class ReportCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Option(names = "--events", paramLabel = "FILE", description = "The event log (JSON lines).")
    Path events;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--month", description = "The month to score, e.g. 2023-06 (default: the month of the first case).")
    YearMonth month;

    @Option(names = "--level", defaultValue = "street", description = "The level to rank (default: street).")
    String level;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report here: .html, .json or .csv.")
    Path output;

    @Option(names = "--json", description = "Print the report as JSON instead of the ranking in words.")
    boolean json;

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
        PackOptions.Prepared ready = pack.prepare(city, err);
        if (ready.failed()) {
            return ready.failure();
        }
        City c = ready.city();
        if (c.jurisdiction().levels().levels().stream().noneMatch(l -> l.id().value().equals(level))) {
            err.println((zh ? "城市没有层级 " : "the city has no level ") + level);
            return 2;
        }
        if ((events != null) == storeOption.durable()) {
            err.println(zh ? "请给出 --events 或 --store 之一" : "give one of --events or --store");
            return 2;
        }
        if (storeOption.durable()) {
            try (StoreOption.Opened opened = storeOption.open()) {
                return report(ready, opened.store(), storeOption.location, out, err);
            }
        }
        EventStore store;
        try (BufferedReader in = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            store = EventLog.read(events.toString(), in);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println((zh ? "无法读取 " : "cannot read ") + events + ": " + e.getMessage());
            return 1;
        } catch (DocumentException e) {
            e.problems().forEach(p -> err.println(p.describe(city.locale())));
            return 1;
        }
        return report(ready, store, events.toString(), out, err);
    }

    private int report(PackOptions.Prepared ready, EventStore store, String source, PrintWriter out,
                       PrintWriter err) {
        boolean zh = city.zh();
        City c = ready.city();
        List<Issue> issues = store.allIssues().toList();
        boolean community = !store.itemIds().isEmpty() || !store.serviceIds().isEmpty();
        if (issues.isEmpty() && !community) {
            err.println((zh ? "事件文件中没有案件: " : "no cases in ") + source);
            return 1;
        }
        if (issues.isEmpty() && month == null) {
            err.println(zh ? "事件文件中没有案件，请用 --month 指定月份" : "the log has no cases: name the month with --month");
            return 2;
        }
        YearMonth m = month != null ? month : issues.stream().map(i -> i.timeline().get(0).at())
                .min(Comparator.naturalOrder()).map(t -> YearMonth.from(t.atZone(c.zone()))).orElseThrow();
        Period period = Period.month(m, c.zone());
        org.gridgov.CityEngine engine = ready.door().store(store).build();
        Ranking all = engine.evaluate(period, new LevelId(level), m.toString());
        // Units without cases would stand at the top with full marks; rank those with cases among themselves.
        Ranking ranking = Ranking.of(all.level(), all.period(), all.entries().stream().map(Ranking.Entry::scorecard)
                .filter(s -> !s.noCases()).toList());
        EvaluationReport report = EvaluationReports.of(Bilingual.of(c.name().zh() + m + "考核",
                c.name().en() + " evaluation " + m), m.toString(), c, issues, List.of(ranking), List.of(m), 10)
                .withDeliberation(deliberation(c, engine, period)).withService(service(c, engine, m));
        if (json) {
            out.println(ReportWriter.json(report));
        } else {
            out.printf("%s %s, %s: %d%n", m, level, zh ? "有案件的单位" : "units with cases", ranking.entries().size());
            ranking.entries().forEach(e -> out.printf("  %d. %s %.2f %s%n", e.rank(),
                    e.scorecard().unit().name().in(city.locale()), e.scorecard().score(),
                    e.scorecard().grade().map(g -> g.in(city.locale())).orElse("")));
            report.service().forEach(v -> out.printf("  %s %s: %s %s, %s %s%n", zh ? "党员服务" : "service",
                    v.name().in(city.locale()), zh ? "报到率" : "report-in rate",
                    v.rates().reportInRate().map(x -> String.format(Locale.ROOT, "%.2f%%", x * 100)).orElse("—"),
                    zh ? "服务率" : "service rate",
                    v.rates().serviceRate().map(x -> String.format(Locale.ROOT, "%.2f%%", x * 100)).orElse("—")));
            report.deliberation().forEach(d -> out.printf("  %s %s: %d/%d %s, %s %.2f%n",
                    zh ? "议事" : "deliberation", d.body().name().in(city.locale()), d.record().decided(),
                    d.record().tabled(), zh ? "项议定" : "items decided", zh ? "得分" : "score", d.score().score()));
        }
        return output == null ? 0 : write(report, ranking, json ? err : out, err);
    }

    /** The bodies that met or had items tabled in the period, with their records and scores. */
    private static List<org.gridgov.report.DeliberationSummary> deliberation(City c, org.gridgov.CityEngine engine,
                                                                              Period period) {
        var d = engine.engine().deliberation();
        return c.bodies().all().stream().map(b -> new org.gridgov.report.DeliberationSummary(b,
                        d.record(b.id(), period.from(), period.until()), d.score(b.id(), period.from(), period.until())))
                .filter(s -> s.record().tabled() > 0 || s.record().meetings() > 0).toList();
    }

    /** The communities members reported in to in the month's year, with their rates and hours. */
    private static List<org.gridgov.report.ServiceSummary> service(City c, org.gridgov.CityEngine engine, YearMonth m) {
        var s = engine.engine().service();
        java.time.Year year = java.time.Year.of(m.getYear());
        var ledger = s.ledger();
        return s.reportIns().stream().filter(r -> r.year().equals(year) && r.member().isPresent())
                .map(r -> r.community()).distinct().map(area -> {
                    var rates = s.ratesOf(area, year);
                    double hours = rates.reported().stream().mapToLong(p -> ledger.of(p).toMinutes()).sum() / 60.0;
                    return new org.gridgov.report.ServiceSummary(area, c.jurisdiction().node(area).name(), rates, hours);
                }).toList();
    }

    /** Writes the report to --out; {@code said} gets the confirmation (stderr when stdout carries JSON). */
    private int write(EvaluationReport report, Ranking ranking, PrintWriter said, PrintWriter err) {
        boolean zh = city.zh();
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        String text;
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            text = ReportWriter.html(report);
        } else if (name.endsWith(".json")) {
            text = ReportWriter.json(report);
        } else if (name.endsWith(".csv")) {
            text = ReportWriter.csv(ranking);
        } else {
            err.println((zh ? "报告文件须以 .html、.json 或 .csv 结尾: " : "the report file must end in .html, .json or .csv: ")
                    + output);
            return 2;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println((zh ? "无法写入报告 " : "cannot write the report ") + output + ": " + e.getMessage());
            return 1;
        }
        said.printf("%s %s%n", zh ? "报告已写入" : "report written to", output.toAbsolutePath());
        return 0;
    }
}
