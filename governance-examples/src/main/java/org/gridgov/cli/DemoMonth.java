package org.gridgov.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.evaluation.EvaluationPolicy;
import org.gridgov.evaluation.Evaluations;
import org.gridgov.evaluation.Ranking;
import org.gridgov.evaluation.ScoreLine;
import org.gridgov.evaluation.Scorecard;
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
import org.gridgov.report.TimelineText;
import org.gridgov.report.writer.ReportWriter;
import org.gridgov.store.EventStore;

/**
 * The month part of the demo: a simulated month of cases through the city's pack, what escalated and why, the
 * streets' monthly scorecards, and the HTML report.
 */
final class DemoMonth extends DemoPart {
    /** The evaluation policy of the simulated month's engine. */
    private EvaluationPolicy evaluation;

    DemoMonth(GridGov door, CityEngine first, PrintWriter out, Locale locale) {
        super(door, first, out, locale);
    }

    /**
     * Simulates the days from the first of a month and prints and writes the result.
     *
     * @return false if the report could not be written
     */
    boolean run(YearMonth month, int days, Path report, EventStore store, String location) {
        LocalDateTime from = month.atDay(1).atTime(8, 0);
        int rate = CaseSimulation.defaultRate(city);
        long options = String.join("|", "demo", city.id(), month.toString(), Integer.toString(days)).hashCode();
        java.util.Optional<String> refused = SimulationRuns.refusal(store, options, false, location, zh);
        if (refused.isPresent()) {
            out.println("  " + refused.get());
            return false;
        }
        SimulationRuns.begin(store, options);
        out.println();
        out.printf("%s %s, %d %s, %s %d%n", zh ? "三、模拟" : "3. Simulating", month, days, zh ? "天" : "days",
                zh ? "每天约" : "cases a day about", rate);
        out.flush();
        CaseSimulation.Result run;
        CityEngine engine = door.build(store);
        try (ProgressBar bar = Progress.days(zh, days)) {
            run = CaseSimulation.run(engine, from, days, rate, 1, bar::step,
                    Steps.on(store, CaseSimulation.CHECKPOINT));
        }
        evaluation = engine.evaluation();
        List<Issue> issues = run.store().allIssues().toList();
        Period period = new Period(run.start(), run.end());
        summary(issues, period);
        escalations(issues);
        Ranking streets = rank(issues, period, month);
        return write(report, month, issues, streets);
    }

    private void summary(List<Issue> issues, Period period) {
        MetricReport all = Metrics.of(issues, new Scope.Subtree(city.jurisdiction().root().id()), period,
                city.jurisdiction());
        long escalated = issues.stream().filter(i -> i.escalationLevel() > 0).count();
        long supervised = count(issues, IssueEvent.Supervised.class);
        long missed = count(issues, IssueEvent.ReportInMissed.class);
        long warned = count(issues, IssueEvent.Warned.class);
        out.printf("  %s %d, %s %d, %s %d, %s %d, %s %d%n", zh ? "事项" : "cases", all.receivedCount(),
                zh ? "预警" : "warned", warned, zh ? "吹哨上报" : "escalated", escalated, zh ? "督办" : "supervised",
                supervised, zh ? "报到超时" : "missed report-ins", missed);
        for (Metric m : List.of(Metric.RESPONSE, Metric.RESOLUTION, Metric.ON_TIME_RESOLUTION, Metric.SATISFACTION)) {
            out.printf("  %s %s%n", m.displayName().in(locale), all.measure(m).rate());
        }
    }

    private static long count(List<Issue> issues, Class<? extends IssueEvent> kind) {
        return issues.stream().filter(i -> has(i, kind)).count();
    }

    private static boolean has(Issue issue, Class<? extends IssueEvent> kind) {
        return issue.timeline().stream().anyMatch(kind::isInstance);
    }

    /** The timelines of the first cases that went up, to show the escalation rules' reasons. */
    private void escalations(List<Issue> issues) {
        // A case where a summoned department missed its report-in first (市委督单), then one with a whistle's
        // summons, then any that went up.
        List<Issue> up = issues.stream().filter(i -> i.escalationLevel() > 0)
                .sorted(Comparator.comparingInt((Issue i) -> has(i, IssueEvent.ReportInMissed.class) ? 0
                        : has(i, IssueEvent.Summoned.class) ? 1 : 2).thenComparing(i -> i.id().value()))
                .limit(2).toList();
        for (Issue issue : up) {
            out.printf("  %s %s — %s @ %s%n", zh ? "上报案例" : "escalated case", issue.id(),
                    city.categories().require(issue.facts().category()).name().in(locale),
                    city.jurisdiction().node(issue.facts().location()).name().in(locale));
            // The decisions only, not the warnings between them, and not the whole month of supervision.
            issue.timeline().stream().filter(e -> e instanceof IssueEvent.Routed || e instanceof IssueEvent.Escalated
                            || e instanceof IssueEvent.Supervised || e instanceof IssueEvent.Summoned
                            || e instanceof IssueEvent.ReportInMissed || e instanceof IssueEvent.Resolved)
                    .limit(6).forEach(e -> out.println("    " + TimelineText.line(e, city, locale)));
        }
    }

    /** The streets with cases, ranked; the best and worst five, and the last one's scorecard line by line. */
    private Ranking rank(List<Issue> issues, Period period, YearMonth month) {
        Ranking all = Evaluations.rankLevel(city, issues, period, month.toString(), new LevelId("street"),
                evaluation);
        // Streets without cases would stand at the top with full marks; rank those with cases among themselves.
        Ranking streets = Ranking.of(all.level(), all.period(), all.entries().stream().map(Ranking.Entry::scorecard)
                .filter(s -> !s.noCases()).toList());
        List<Ranking.Entry> entries = streets.entries();
        out.println();
        out.printf("%s %s (%d)%n", zh ? "四、月度考核：街道排名 前五/后五" : "4. Monthly scorecards: streets, best and worst five",
                month, entries.size());
        List<Ranking.Entry> shown = new ArrayList<>(entries.subList(0, Math.min(5, entries.size())));
        entries.subList(Math.max(5, entries.size() - 5), entries.size()).forEach(shown::add);
        shown.forEach(e -> out.printf("  %d. %s %.2f %s%n", e.rank(), e.scorecard().unit().name().in(locale),
                e.scorecard().score(), e.scorecard().grade().map(g -> g.in(locale)).orElse("")));
        if (!entries.isEmpty()) {
            Scorecard last = entries.get(entries.size() - 1).scorecard();
            out.printf("  %s %s:%n", zh ? "得分构成" : "how the score adds up for", last.unit().name().in(locale));
            for (ScoreLine line : last.lines()) {
                out.printf("    %+7.2f  %s (%s) — %d %s%n", line.points(), line.reason().in(locale), line.rule(),
                        line.cases().size(), zh ? "件" : line.cases().size() == 1 ? "case" : "cases");
            }
        }
        return streets;
    }

    private boolean write(Path report, YearMonth month, List<Issue> issues, Ranking streets) {
        var built = EvaluationReports.of(Bilingual.of(city.name().zh() + month + "考核报告（模拟）",
                city.name().en() + " evaluation, " + month + " (simulated)"), month.toString(), city, issues,
                List.of(streets), List.of(month), 10);
        try {
            Files.writeString(report, ReportWriter.html(built));
            out.println();
            out.printf("%s %s%n", zh ? "报告已写入" : "report written to", report.toAbsolutePath());
            return true;
        } catch (IOException e) {
            out.printf("%s %s: %s%n", zh ? "无法写入报告" : "cannot write the report", report, e.getMessage());
            return false;
        }
    }
}
