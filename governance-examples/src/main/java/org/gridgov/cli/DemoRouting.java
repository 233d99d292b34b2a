package org.gridgov.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.governance.CityGovernance;
import org.gridgov.governance.CommandOutcome;
import org.gridgov.governance.GovernanceSettings;
import org.gridgov.governance.TickReport;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.policy.RoutingDecision;
import org.gridgov.procedure.Procedures;
import org.gridgov.rules.escalation.DroolsEscalationPolicy;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.registry.PackRegistry;
import org.gridgov.rules.routing.CompiledRoutingPack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.rules.routing.RoutingPack;
import org.gridgov.store.InMemoryEventStore;

/**
 * The routing and escalation part of the demo: the city's pack is loaded into an engine, a few issues from the
 * seed report are reported and routed, each with its explained decision, and the clock runs a week on to show
 * the escalation rules at work.
 */
final class DemoRouting {
    /** Issues of 维北社区 (Jilin) as the seed report tells them, on a day its first grid's leader is on leave. */
    record Sample(String category, String location, String channel, Severity severity, String description) {
    }

    static final Instant AT = Instant.parse("2023-06-15T02:00:00Z");
    static final List<Sample> JILIN = List.of(
            new Sample("environment.noise", "220202004001-G01-B01", "deliberation", Severity.LOW, "楼上装修, 大晌午还施工"),
            new Sample("environment.garbage", "220202004001-G02", "deliberation", Severity.LOW, "小区里多了两大堆垃圾"),
            new Sample("facilities.sewer", "220202004001-G01", "hotline-12345", Severity.MEDIUM, "小区下水道经常堵塞"),
            new Sample("disputes.neighbours", "220202004001-G01", "resident", Severity.LOW, "邻里纠纷"),
            new Sample("facilities.pipes", "220202004001", "hotline-12345", Severity.HIGH, "管道破裂, 多户停水"));

    private DemoRouting() {
    }

    static int print(City city, PrintWriter out, PrintWriter err, Locale locale) {
        return print(city, out, err, locale, null);
    }

    /** As {@link #print(City, PrintWriter, PrintWriter, Locale)}, writing the month's HTML report to a file if given. */
    static int print(City city, PrintWriter out, PrintWriter err, Locale locale, java.nio.file.Path report) {
        boolean zh = "zh".equals(locale.getLanguage());
        PackLoadResult result = ExampleCities.loadPack(city);
        if (result instanceof PackLoadResult.Failed failed) {
            failed.problems().forEach(p -> err.println(p.describe(locale)));
            err.flush();
            return 1;
        }
        CompiledRoutingPack pack = CompiledRoutingPack.of(((PackLoadResult.Loaded) result).pack());
        PackRegistry<RoutingPack> registry = new PackRegistry<>();
        registry.activate(city.id(), pack);
        CityGovernance engine = CityGovernance.recover(city, new InMemoryEventStore(),
                new DroolsRoutingPolicy(registry.current(city.id())), new DroolsEscalationPolicy(registry.current(city.id())),
                GovernanceSettings.DEFAULT.withProcedure(Procedures.jilinSixSteps()));
        Actor intake = Actor.system("intake", Bilingual.of("受理平台", "intake platform"));
        out.println();
        out.printf("%s %s%n", zh ? "派单规则包" : "Routing with pack", pack.version());
        result.problems().forEach(p -> out.println("  " + p.describe(locale)));
        List<Sample> samples = city.id().equals("jilin") ? JILIN : List.of();
        int n = 0;
        for (Sample s : samples) {
            CommandOutcome reported = engine.report(new IssueId("demo-" + (++n)), IssueFacts.of(
                    new CategoryId(s.category()), new ChannelId(s.channel()), new NodeId(s.location()),
                    s.description(), s.severity()), intake, AT);
            RoutingDecision d = ((CommandOutcome.Done) reported).routing().orElseThrow();
            out.printf("  %d. %s @ %s [%s, %s]%n", n, city.categories().require(new CategoryId(s.category())).name()
                    .in(locale), city.jurisdiction().node(new NodeId(s.location())).name().in(locale),
                    s.severity().displayName().in(locale), city.channel(new ChannelId(s.channel()))
                            .map(c -> c.name().in(locale)).orElse(s.channel()));
            out.printf("     → %s%s, %s %s%n", d.explanation().reason().in(locale),
                    d.acting().map(a -> "; " + (zh ? "承办人 " : "acting: ")
                            + city.people().require(a.person()).maskedName()
                            + (a.viaBackup() ? (zh ? " (B岗顶岗)" : " (backup)") : "")).orElse(""),
                    zh ? "时限" : "limit", d.timeLimit().displayName().in(locale));
            d.coHandlers().forEach(o -> out.printf("     %s %s%n", zh ? "协办:" : "co-handler:",
                    city.organizations().require(o).name().in(locale)));
        }
        printTicks(engine, city, out, locale, zh);
        printEvaluation(engine, city, pack, out, locale, zh, report);
        out.flush();
        return 0;
    }

    /** Scores the communities of the month with the pack's evaluation rules, and writes the report if asked. */
    private static void printEvaluation(CityGovernance engine, City city, CompiledRoutingPack pack, PrintWriter out,
                                        Locale locale, boolean zh, java.nio.file.Path report) {
        java.time.YearMonth month = java.time.YearMonth.from(java.time.LocalDate.ofInstant(AT, city.zone()));
        var period = org.gridgov.evaluation.Period.month(month, city.zone());
        java.util.List<org.gridgov.issue.Issue> issues = engine.issues();
        var policy = new org.gridgov.rules.scoring.DroolsEvaluationPolicy(() -> pack);
        var all = org.gridgov.scoring.Evaluations.rankLevel(city, issues, period, month.toString(),
                new org.gridgov.jurisdiction.LevelId("community"), policy);
        // Of Jilin's 1,778 communities and villages only those with cases are worth showing here.
        var ranking = org.gridgov.scoring.Ranking.of(all.level(), all.period(), all.entries().stream()
                .map(org.gridgov.scoring.Ranking.Entry::scorecard).filter(c -> !c.noCases()).toList());
        out.println();
        out.printf("%s %s (%s)%n", zh ? "考核排名" : "Ranking of", month, zh ? "村(社区), 有事项者" : "communities with cases");
        ranking.entries().forEach(e -> out.printf("  %d. %s %.2f %s%n",
                e.rank(), e.scorecard().unit().name().in(locale), e.scorecard().score(),
                e.scorecard().grade().map(g -> g.in(locale)).orElse("")));
        if (report != null) {
            var built = org.gridgov.report.EvaluationReports.of(Bilingual.of(city.name().zh() + "考核报告",
                    city.name().en() + " evaluation"), month.toString(), city, issues, java.util.List.of(ranking),
                    java.util.List.of(month.minusMonths(1), month), 5);
            try {
                java.nio.file.Files.writeString(report, org.gridgov.report.ReportWriter.html(built));
                out.printf("%s %s%n", zh ? "报告已写入" : "report written to", report.toAbsolutePath());
            } catch (java.io.IOException e) {
                out.printf("%s %s: %s%n", zh ? "无法写入报告" : "cannot write the report", report, e.getMessage());
            }
        }
    }

    /** Runs the clock a week on and prints what the escalation rules did with what fell due. */
    private static void printTicks(CityGovernance engine, City city, PrintWriter out, Locale locale, boolean zh) {
        Instant week = AT.plus(java.time.Duration.ofDays(7));
        out.println();
        out.printf("%s %s → %s (%s)%n", zh ? "模拟时钟" : "Simulated clock",
                java.time.LocalDateTime.ofInstant(AT, city.zone()), java.time.LocalDateTime.ofInstant(week, city.zone()),
                zh ? "六步接办, 无人办结" : "six-step procedure, nobody resolves anything");
        TickReport report = engine.tick(week);
        for (TickReport.Handled h : report.handled()) {
            if (h.events().stream().noneMatch(e -> e instanceof IssueEvent.Escalated || e instanceof IssueEvent.Supervised
                    || e instanceof IssueEvent.Summoned)) {
                continue;
            }
            out.printf("  %s [%s] %s%n", h.due().issue(), h.due().key(), h.decision().explanation().reason().in(locale));
            for (IssueEvent e : h.events()) {
                if (e instanceof IssueEvent.Escalated x) {
                    out.printf("     ↑ %s%n", x.reason().in(locale));
                } else if (e instanceof IssueEvent.Summoned m) {
                    out.printf("     %s %s%n", zh ? "召集报到:" : "summoned:", city.organizations().require(m.organization())
                            .name().in(locale));
                } else if (e instanceof IssueEvent.Supervised v) {
                    out.printf("     %s %s%n", zh ? "督办:" : "supervised:", v.note());
                }
            }
        }
        long warnings = report.handled().stream().flatMap(h -> h.events().stream())
                .filter(e -> e instanceof IssueEvent.Warned).count();
        out.printf("  %s: %d%n", zh ? "预警及到期记录" : "warnings and lapses recorded", warnings);
    }
}
