package org.gridgov.cli;

import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.category.CategoryId;
import org.gridgov.document.DocumentException;
import org.gridgov.examples.ExampleCities;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.procedure.StageVisit;
import org.gridgov.report.TimelineText;
import org.gridgov.rules.scenario.Scenario;
import org.gridgov.rules.scenario.ScenarioResult;
import org.gridgov.rules.scenario.ScenarioRunner;
import org.gridgov.rules.scenario.ScenarioSuite;

/**
 * The story part of the demo: the seed report's own case replayed step by step from the pack's scenario file,
 * then one case for each net and team, each with the decision explained.
 */
final class DemoStory extends DemoPart {
    /** The seed report's case (舒兰市正阳社区, May 2022), as the Jilin pack's scenario tells it. */
    static final String SEED_CASE = "scenarios/zhengyang-sewer.yaml";

    /** One issue of the seed city per net and team. */
    record Sample(String category, String location, String channel, Severity severity, String description) {
    }

    static final Instant AT = Instant.parse("2023-06-15T02:00:00Z");
    static final List<Sample> JILIN = List.of(
            new Sample("environment.noise", "220202004001-G01-B01", "deliberation", Severity.LOW, "楼上装修, 大晌午还施工"),
            new Sample("party.volunteer", "220202004001-G03", "grid-patrol", Severity.LOW, "独居老人需要助老服务"),
            new Sample("disputes.neighbours", "220202004001-G01", "resident", Severity.LOW, "邻里纠纷"),
            new Sample("facilities.sewer", "220202004001-G01", "hotline-12345", Severity.MEDIUM, "小区下水道经常堵塞"),
            new Sample("enforcement.vending", "220202004001-G06", "hotline-12345", Severity.LOW, "占道经营"),
            new Sample("enterprise.labour", "220202004001-G05", "resident", Severity.LOW, "小微企业招工难"),
            new Sample("civil-affairs", "220204001001-G01", "resident", Severity.LOW, "低保申请咨询"),
            new Sample("facilities.pipes", "220202004001", "hotline-12345", Severity.HIGH, "管道破裂, 多户停水"));

    DemoStory(GridGov door, CityEngine first, PrintWriter out, Locale locale) {
        super(door, first, out, locale);
    }

    /** Replays the seed case if the pack ships it; false if its scenario fails (the demo then fails too). */
    boolean replaySeedCase() {
        var source = ExampleCities.packSource(city.id());
        if (!ScenarioSuite.files(source, ScenarioSuite.FOLDER).contains(SEED_CASE)) {
            return true;
        }
        Scenario scenario;
        try {
            scenario = ScenarioSuite.read(source, SEED_CASE);
        } catch (DocumentException e) {
            e.problems().forEach(p -> out.println("  " + p.describe(locale)));
            return false;
        }
        ScenarioResult result = ScenarioRunner.run(scenario, door.build());
        out.println();
        out.printf("%s: %s%n", zh ? "一、报告中的案件" : "1. The report's case", scenario.name().in(locale));
        for (Issue issue : result.cases()) {
            issue.timeline().stream().filter(e -> !(e instanceof IssueEvent.DeadlineSet))
                    .forEach(e -> out.println("  " + TimelineText.line(e, city, locale)));
            settings.procedureFor(issue).ifPresent(p -> {
                StringBuilder stages = new StringBuilder();
                for (StageVisit v : p.stateOf(issue).history()) {
                    var stage = p.stage(v.stage()).orElseThrow();
                    stages.append(stages.length() == 0 ? "" : " → ").append(stage.name().in(locale))
                            .append(stage.onlineName().map(n -> "(" + n.in(locale) + ")").orElse(""));
                }
                out.printf("  %s %s: %s%n", p.name().in(locale), zh ? "流程" : "steps", stages);
            });
            rulesOf(issue);
        }
        out.printf("  %s: %s (%d %s)%n", zh ? "场景校验" : "scenario check", result.passed()
                ? (zh ? "通过" : "passed") : (zh ? "未通过" : "FAILED"), result.results().size(),
                zh ? "项预期" : "expectations");
        if (!result.passed()) {
            out.println(result.failureReport());
        }
        return result.passed();
    }

    /** The rules the routing decisions on a case's timeline rested on, with what each says. */
    private void rulesOf(Issue issue) {
        for (IssueEvent e : issue.timeline()) {
            if (e instanceof IssueEvent.Routed r && r.basis().isPresent()) {
                for (String rule : r.basis().get().rules()) {
                    out.printf("  %s %s — %s%n", zh ? "依据规则" : "rule", rule, pack.description(rule).in(locale));
                }
            }
        }
    }

    /** Routes one case of each net through a fresh engine and explains each decision. */
    void routeSamples(Instant at) {
        if (!city.id().equals("jilin")) {
            return;
        }
        CityGovernance engine = door.build().engine();
        Actor intake = Parties.PLATFORM;
        out.println();
        out.println(zh ? "二、四张网派单（五支队伍）" : "2. The four nets decide who leads (the five teams)");
        int n = 0;
        for (Sample s : JILIN) {
            CategoryId category = new CategoryId(s.category());
            CommandOutcome reported = engine.report(new IssueId("demo-" + (++n)), IssueFacts.of(category,
                    new ChannelId(s.channel()), new NodeId(s.location()), s.description(), s.severity()), intake, at);
            RoutingDecision d = ((CommandOutcome.Done) reported).routing().orElseThrow();
            String net = city.categories().layerOf(category).flatMap(l -> city.jurisdiction().layers().stream()
                    .filter(x -> x.id().equals(l)).findFirst()).map(l -> l.name().in(locale)).orElse("-");
            out.printf("  %d. [%s] %s @ %s (%s, %s)%n", n, net, city.categories().require(category).name().in(locale),
                    city.jurisdiction().node(new NodeId(s.location())).name().in(locale),
                    s.severity().displayName().in(locale),
                    city.channel(new ChannelId(s.channel())).map(c -> c.name().in(locale)).orElse(s.channel()));
            out.printf("     → %s%s, %s %s%n", d.explanation().reason().in(locale),
                    d.acting().map(a -> "; " + (zh ? "承办人 " : "acting: ")
                            + city.people().require(a.person()).maskedName()
                            + (a.viaBackup() ? (zh ? " (B岗顶岗)" : " (backup)") : "")).orElse(""),
                    zh ? "时限" : "limit", d.timeLimit().displayName().in(locale));
            d.coHandlers().forEach(o -> out.printf("     %s %s%n", zh ? "协办:" : "co-handler:",
                    city.organizations().require(o).name().in(locale)));
            d.explanation().losers().forEach(l -> out.printf("     %s %s — %s%n", zh ? "未采用" : "not taken", l.rule(),
                    l.outcome().in(locale)));
        }
    }
}
