package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.gridgov.CityEngine;
import org.gridgov.city.City;
import org.gridgov.evaluation.Ranking;
import org.gridgov.examples.simulation.CaseSimulation;
import org.gridgov.examples.simulation.Steps;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.metrics.Metric;
import org.gridgov.metrics.MetricReport;
import org.gridgov.metrics.Metrics;
import org.gridgov.metrics.Period;
import org.gridgov.metrics.Scope;
import org.gridgov.report.EvaluationReports;
import org.gridgov.report.writer.ReportWriter;
import org.gridgov.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridgov simulate PACK --days N}: a synthetic stream of cases for a city on a simulated clock, handled by
 * simulated people (most accept within hours and resolve within days, some never do), ending with the evaluation.
 * Deterministic for a seed: no wall clock, no real randomness.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a synthetic stream of cases through a city's pack on a simulated clock and evaluate it.",
                "Example: gridgov simulate jilin --days 30 --report may.html"})
class SimulateCommand implements Callable<Integer> {
    /** Ten years: a longer run is a typo, and would hold the terminal for hours. */
    static final int MAX_DAYS = 3660;
    /** Cases a day, at most. */
    static final int MAX_PER_DAY = 100_000;

    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Option(names = "--days", defaultValue = "30", description = "How many days to simulate (default 30).")
    int days;

    @Option(names = "--per-day", description = "Cases a day (default: one a day for every 20 communities, at least 20).")
    Integer perDay;

    @Option(names = "--from", defaultValue = "2024-05-01T08:00", description = "Start, local time (default 2024-05-01T08:00).")
    LocalDateTime from;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic stream (default 1).")
    long seed;

    @Option(names = "--report", description = "Write the evaluation as an HTML report to this file.")
    Path report;

    @Option(names = "--events", paramLabel = "FILE",
            description = "Write every case's timeline to this file as JSON lines, for 'gridgov report'.")
    Path events;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption storeOption;

    /** Whether only an interrupted run may be continued ({@code gridgov recover}), never a new one begun. */
    boolean continuesOnly() {
        return false;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PackOptions.Prepared ready = pack.prepare(city, err);
        if (ready.failed()) {
            return ready.failure();
        }
        City c = ready.city();
        int rate = perDay != null ? perDay : CaseSimulation.defaultRate(c);
        if (days < 1 || rate < 1 || days > MAX_DAYS || rate > MAX_PER_DAY) {
            err.println(city.zh() ? "--days 须在 1 到 " + MAX_DAYS + " 之间, --per-day 须在 1 到 " + MAX_PER_DAY + " 之间"
                    : "--days must be from 1 to " + MAX_DAYS + " and --per-day from 1 to " + MAX_PER_DAY);
            err.flush();
            return 2;
        }
        try (StoreOption.Opened opened = storeOption.open()) {
            return simulate(ready, opened.store(), rate, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int simulate(PackOptions.Prepared ready, EventStore store, int rate, PrintWriter out, PrintWriter err) {
        long options = fingerprint(ready, rate);
        Optional<String> refused = SimulationRuns.refusal(store, options, continuesOnly(), storeOption.location,
                city.zh());
        if (refused.isPresent()) {
            err.println(refused.get());
            return 1;
        }
        SimulationRuns.begin(store, options);
        CityEngine engine = ready.door().store(store).build();
        Steps steps = Steps.on(store, CaseSimulation.CHECKPOINT);
        if (steps.resumedFrom() > 0) {
            err.printf("%s %d%n", city.zh() ? "继续中断的模拟, 从步骤" : "continuing the interrupted simulation at step",
                    steps.resumedFrom());
        }
        CaseSimulation.Result run;
        try (ProgressBar bar = Progress.days(city.zh(), days)) {
            run = CaseSimulation.run(engine, from, days, rate, seed, bar::step, steps);
        }
        summarize(engine, store, out, run.end());
        return events == null ? 0 : writeEvents(store, out, err);
    }

    /** What makes two runs the same run: the city and pack, and every option that changes the draws. */
    private long fingerprint(PackOptions.Prepared ready, int rate) {
        return String.join("|", ready.city().name().en(), String.valueOf(ready.pack().version()),
                Integer.toString(days), Integer.toString(rate), from.toString(), Long.toString(seed)).hashCode();
    }

    private int writeEvents(EventStore store, PrintWriter out, PrintWriter err) {
        try (var w = java.nio.file.Files.newBufferedWriter(events, java.nio.charset.StandardCharsets.UTF_8)) {
            org.gridgov.store.EventLog.write(store, w); // mode switches too: the export rebuilds the city
            out.printf("%s %s%n", this.city.zh() ? "事件已写入" : "events written to", events.toAbsolutePath());
            return 0;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            err.printf("%s %s: %s%n", this.city.zh() ? "无法写入事件" : "cannot write the events", events,
                    e.getMessage());
            return 1;
        }
    }

    private void summarize(CityEngine engine, EventStore store, PrintWriter out, Instant end) {
        City c = engine.city();
        List<Issue> issues = store.allIssues().toList();
        Period period = new Period(from.atZone(c.zone()).toInstant(), end);
        MetricReport city = Metrics.of(issues, new Scope.Subtree(c.jurisdiction().root().id()), period, c.jurisdiction());
        long escalated = issues.stream().filter(i -> i.escalationLevel() > 0).count();
        long supervised = issues.stream().filter(i -> i.timeline().stream().anyMatch(e -> e instanceof IssueEvent.Supervised))
                .count();
        boolean zh = this.city.zh();
        out.printf("%s: %d, %s: %d, %s: %d%n", zh ? "事项" : "cases", city.receivedCount(), zh ? "吹哨上报" : "escalated",
                escalated, zh ? "督办" : "supervised", supervised);
        for (Metric m : List.of(Metric.RESPONSE, Metric.RESOLUTION, Metric.ON_TIME_RESOLUTION, Metric.SATISFACTION)) {
            out.printf("  %s %s%n", m.displayName().in(this.city.locale()), city.measure(m).rate());
        }
        Ranking streets = engine.evaluate(period, new LevelId("street"), period.toString());
        // Streets without cases would stand at the top with full marks; rank those with cases among themselves.
        List<Ranking.Entry> scored = Ranking.of(streets.level(), streets.period(), streets.entries().stream()
                .map(Ranking.Entry::scorecard).filter(s -> !s.noCases()).toList()).entries();
        out.printf("%s (%d):%n", zh ? "街道排名 前五/后五" : "streets, best and worst five", scored.size());
        List<Ranking.Entry> shown = new ArrayList<>(scored.subList(0, Math.min(5, scored.size())));
        scored.subList(Math.max(5, scored.size() - 5), scored.size()).forEach(shown::add);
        shown.forEach(e -> out.printf("  %d. %s %.2f %s%n", e.rank(), e.scorecard().unit().name().in(this.city.locale()),
                e.scorecard().score(), e.scorecard().grade().map(g -> g.in(this.city.locale())).orElse("")));
        if (report != null) {
            var built = EvaluationReports.of(Bilingual.of(c.name().zh() + "模拟考核", c.name().en() + " simulation"),
                    period.toString(), c, issues, List.of(Ranking.of(streets.level(), streets.period(),
                            scored.stream().map(Ranking.Entry::scorecard).toList())),
                    List.of(YearMonth.from(from), YearMonth.from(from.plusDays(days))), 10);
            try {
                java.nio.file.Files.writeString(report, ReportWriter.html(built));
                out.printf("%s %s%n", zh ? "报告已写入" : "report written to", report.toAbsolutePath());
            } catch (java.io.IOException e) {
                out.printf("%s %s: %s%n", zh ? "无法写入报告" : "cannot write the report", report, e.getMessage());
            }
        }
    }
}
