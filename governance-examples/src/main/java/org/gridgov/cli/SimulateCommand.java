package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gridgov.actor.Actor;
import org.gridgov.category.Category;
import org.gridgov.city.City;
import org.gridgov.evaluation.Metric;
import org.gridgov.evaluation.MetricReport;
import org.gridgov.evaluation.Metrics;
import org.gridgov.evaluation.Period;
import org.gridgov.evaluation.Scope;
import org.gridgov.governance.CityGovernance;
import org.gridgov.governance.GovernanceSettings;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.report.EvaluationReports;
import org.gridgov.report.ReportWriter;
import org.gridgov.rules.escalation.DroolsEscalationPolicy;
import org.gridgov.rules.pack.PackProcedures;
import org.gridgov.rules.routing.CompiledRoutingPack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.rules.scoring.DroolsEvaluationPolicy;
import org.gridgov.scoring.Evaluations;
import org.gridgov.scoring.Ranking;
import org.gridgov.store.InMemoryEventStore;
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
final class SimulateCommand implements Callable<Integer> {
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

    /** A simulated person's action, due at an instant. */
    record Action(Instant at, long order, Consumer<Instant> run) {
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
        var compiled = ready.pack();
        CompiledRoutingPack routing = CompiledRoutingPack.of(compiled);
        GovernanceSettings settings = PackProcedures.settings(compiled, pack.source(), new ArrayList<>());
        InMemoryEventStore store = new InMemoryEventStore();
        CityGovernance engine = CityGovernance.recover(c, store, new DroolsRoutingPolicy(() -> routing),
                new DroolsEscalationPolicy(() -> routing), settings);

        Random r = new Random(seed);
        List<JurisdictionNode> places = c.jurisdiction().subtree(c.jurisdiction().root().id()).stream()
                .filter(n -> n.level().kind() == LevelKind.GRID).toList();
        List<Category> categories = c.categories().all().stream()
                .filter(x -> c.categories().children(x.id()).isEmpty()).toList();
        long communities = c.jurisdiction().atLevel(c.jurisdiction().root().id(), new LevelId("community")).size();
        int rate = perDay != null ? perDay : (int) Math.max(20, communities / 20);
        Actor intake = Actor.system("simulation", Bilingual.of("模拟", "simulation"));
        Instant start = from.atZone(c.zone()).toInstant();
        PriorityQueue<Action> queue = new PriorityQueue<>((a, b) -> a.at().equals(b.at())
                ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
        long[] order = {0};
        int n = 0;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(city.zh() ? "模拟" : "simulating")
                .setInitialMax(days).setStyle(ProgressBarStyle.ASCII).setUnit(city.zh() ? " 天" : " days", 1)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build()) {
            for (int day = 0; day < days; day++) {
                for (int hour = 0; hour < 24; hour++) {
                    Instant now = start.plus(Duration.ofHours(24L * day + hour));
                    while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
                        Action a = queue.poll();
                        a.run().accept(a.at());
                    }
                    // Cases arrive in working hours mostly (08:00–20:00), a few at night.
                    int arrivals = hour >= 0 && hour < 12 ? poisson(r, rate / 12.0 * 0.95) : poisson(r, rate / 12.0 * 0.05);
                    for (int k = 0; k < arrivals; k++) {
                        IssueId id = new IssueId(String.format("sim-%06d", n++));
                        Instant at = now.plus(Duration.ofMinutes(r.nextInt(60)));
                        schedule(queue, order, at, t -> arrive(engine, c, id, places, categories, r, intake, t, queue, order));
                    }
                    engine.tick(now);
                }
                bar.step();
            }
        }
        Instant end = start.plus(Duration.ofDays(days));
        engine.tick(end);
        summarize(c, compiled, store, out, end);
        if (events != null) {
            try (var w = java.nio.file.Files.newBufferedWriter(events, java.nio.charset.StandardCharsets.UTF_8)) {
                org.gridgov.store.EventLog.write(store.allIssues().toList(), w);
                out.printf("%s %s%n", this.city.zh() ? "事件已写入" : "events written to", events.toAbsolutePath());
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                err.printf("%s %s: %s%n", this.city.zh() ? "无法写入事件" : "cannot write the events", events,
                        e.getMessage());
                out.flush();
                err.flush();
                return 1;
            }
        }
        out.flush();
        return 0;
    }

    private void arrive(CityGovernance engine, City c, IssueId id, List<JurisdictionNode> places, List<Category> cats,
                        Random r, Actor intake, Instant at, PriorityQueue<Action> queue, long[] order) {
        Severity severity = r.nextInt(50) == 0 ? Severity.HIGH : r.nextInt(8) == 0 ? Severity.MEDIUM : Severity.LOW;
        var channel = c.channels().get(r.nextInt(c.channels().size())).id();
        if (!engine.report(id, IssueFacts.of(cats.get(r.nextInt(cats.size())).id(), channel,
                places.get(r.nextInt(places.size())).id(), "模拟事项", severity), intake, at).isDone()) {
            return;
        }
        if (r.nextInt(10) < 8) {
            Instant accept = at.plus(Duration.ofMinutes(10 + r.nextInt(290)));
            schedule(queue, order, accept, t -> engine.accept(id, intake, t));
            if (r.nextInt(100) < 85) {
                Instant resolve = accept.plus(Duration.ofHours(12 + r.nextInt(24 * 10)));
                schedule(queue, order, resolve, t -> {
                    if (engine.resolve(id, "已办结", intake, t).isDone()) {
                        int x = r.nextInt(10);
                        engine.rate(id, x < 7 ? Rating.SATISFIED : x < 9 ? Rating.BASICALLY_SATISFIED : Rating.UNSATISFIED,
                                "", intake, t.plus(Duration.ofHours(2)));
                    }
                });
            }
        }
    }

    private static void schedule(PriorityQueue<Action> queue, long[] order, Instant at, Consumer<Instant> run) {
        queue.add(new Action(at, order[0]++, run));
    }

    private static int poisson(Random r, double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private void summarize(City c, org.gridgov.rules.pack.CompiledPack compiled, InMemoryEventStore store,
                           PrintWriter out, Instant end) {
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
        CompiledRoutingPack routing = CompiledRoutingPack.of(compiled);
        Ranking streets = Evaluations.rankLevel(c, issues, period, period.toString(), new LevelId("street"),
                new DroolsEvaluationPolicy(() -> routing));
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
