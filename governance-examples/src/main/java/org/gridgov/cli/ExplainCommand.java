package org.gridgov.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.authorization.CommandKind;
import org.gridgov.authorization.Parties;
import org.gridgov.category.CategoryId;
import org.gridgov.document.DocumentException;
import org.gridgov.engine.CityGovernance;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.report.TimelineText;
import org.gridgov.rules.scenario.Scenario;
import org.gridgov.rules.scenario.ScenarioReader;
import org.gridgov.store.InMemoryEventStore;
import org.gridgov.city.City;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeLookup;
import org.gridgov.policy.Candidate;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.policy.RuleTrace;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gridgov explain PACK}: route one case and say why. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Route one case with a pack and explain the decision: owner, acting person, time limit,",
                "the rules that fired and the candidates that lost. The case comes from the options, or from a",
                "scenario file (--case: its cases, reported at its start). With --days N, play the case forward N days",
                "with nobody acting on it, and print its timeline: warnings, escalations, supervision.",
                "Example: gridgov explain jilin --category facilities.sewer --location 220202004001-G01 "
                        + "--at 2023-06-15T10:00 --days 10"})
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Option(names = "--case", paramLabel = "FILE",
            description = "A scenario file (YAML, as in a pack's scenarios/): explain each of its cases at its start.")
    Path caseFile;

    @Option(names = "--category", description = "The case's category id, e.g. environment.noise")
    String category;

    @Option(names = "--location", description = "Where: a node id, an official division code, or a node's Chinese name")
    String location;

    @Option(names = "--channel", description = "Intake channel id (default: the city's first channel)")
    String channel;

    @Option(names = "--severity", defaultValue = "low", description = "low, medium, high or critical")
    String severity;

    @Option(names = "--at", description = "When, in the city's local time: 2023-06-15T10:00")
    LocalDateTime at;

    /** A year: longer, a case played forward with nobody acting has long reached the top. */
    static final int MAX_DAYS = 366;

    @Option(names = "--days", defaultValue = "0",
            description = "Play the case forward this many days with nobody acting, and print its timeline.")
    int days;

    @Option(names = "--actor", paramLabel = "WHO", description = "Also say whether this actor may act on the routed "
            + "case and which grant decides: role@node-or-unit (whoever the roster has acting so then), person:id, "
            + "resident:id, system:id or platform.")
    String actor;

    @Option(names = "--command", defaultValue = "accept", paramLabel = "COMMAND", description = "The command --actor "
            + "would issue: accept (default), resolve, rate, close, exclude, summon, check-in, note, report …")
    String command;

    @Option(names = "--json", description = "Print the decision as JSON.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (days < 0 || days > MAX_DAYS) {
            err.println(city.zh() ? "--days 须在 0 到 " + MAX_DAYS + " 之间" : "--days must be from 0 to " + MAX_DAYS);
            err.flush();
            return 2;
        }
        PackOptions.Prepared ready = pack.prepare(city, err);
        if (ready.failed()) {
            return ready.failure();
        }
        City c = ready.city();
        CompiledActivePack routing = CompiledActivePack.of(ready.pack());
        List<Request> requests = new ArrayList<>();
        Integer problem = caseFile != null ? fromFile(c, requests, err) : fromOptions(c, requests, err);
        if (problem != null) {
            err.flush();
            return problem;
        }
        Optional<CommandKind> asked = CommandKind.byKey(command);
        if (actor != null && asked.isEmpty()) {
            err.println((city.zh() ? "未知命令 " : "unknown command ") + command + ": " + java.util.Arrays.stream(
                    CommandKind.values()).map(CommandKind::key).toList());
            err.flush();
            return 2;
        }
        ArrayNode all = new ObjectMapper().createArrayNode();
        for (Request r : requests) {
            RoutingDecision d = new DroolsRoutingPolicy(() -> routing).route(RoutingRequest.of(new IssueId(r.id()),
                    r.facts(), c, r.at()));
            List<IssueEvent> timeline = days > 0 ? playForward(ready, r) : List.of();
            Optional<AccessCheck.Answer> access = actor == null ? Optional.empty()
                    : Optional.of(AccessCheck.of(ready, r.id(), r.facts(), r.at(), actor, asked.get()));
            if (json) {
                ObjectNode n = json(d, timeline, c);
                access.ifPresent(a -> a.json(n.putObject("access")));
                all.add(n);
            } else {
                print(out, c, d, timeline, requests.size() > 1 ? r.id() : null);
                access.ifPresent(a -> out.println("  " + a.text(city.locale())));
            }
        }
        if (json) {
            out.println((caseFile == null ? all.get(0) : all).toPrettyString());
        }
        out.flush();
        return 0;
    }

    /** A case to explain: its id, facts and instant. */
    private record Request(String id, IssueFacts facts, Instant at) {
    }

    private Integer fromOptions(City c, List<Request> requests, PrintWriter err) {
        if (category == null || location == null || at == null) {
            err.println(city.zh() ? "请给出 --case 文件，或 --category、--location 和 --at"
                    : "give --case FILE, or --category, --location and --at");
            return 2;
        }
        NodeLookup found = c.jurisdiction().lookup(location);
        Optional<JurisdictionNode> node = found.unique();
        if (node.isEmpty()) {
            err.println("--location: " + found.problem().in(city.locale()));
            return 1;
        }
        String via = channel != null ? channel : c.channels().get(0).id().value();
        Optional<Severity> level = java.util.Arrays.stream(Severity.values())
                .filter(v -> v.name().equalsIgnoreCase(severity.strip())).findFirst();
        if (level.isEmpty()) {
            err.println(city.zh() ? "--severity 应为 low、medium、high 或 critical, 不是 '" + severity + "'"
                    : "--severity must be low, medium, high or critical, not '" + severity + "'");
            return 2;
        }
        Optional<String> unknown = unknown(c, category, via);
        if (unknown.isPresent()) {
            err.println(unknown.get());
            return 1;
        }
        requests.add(new Request("explain", IssueFacts.of(new CategoryId(category), new ChannelId(via),
                node.get().id(), "explain", level.get()), at.atZone(c.zone()).toInstant()));
        return null;
    }

    private Integer fromFile(City c, List<Request> requests, PrintWriter err) {
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(caseFile.toString(), Files.readString(caseFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println((city.zh() ? "无法读取 " : "cannot read ") + caseFile + ": " + e.getMessage());
            return 1;
        } catch (DocumentException e) {
            e.problems().forEach(p -> err.println(p.describe(city.locale())));
            return 1;
        }
        for (Scenario.CaseSpec cs : scenario.cases()) {
            NodeLookup found = c.jurisdiction().lookup(cs.location());
            Optional<JurisdictionNode> node = found.unique();
            if (node.isEmpty()) {
                err.printf("%s:%d: %s%n", caseFile, cs.line(), found.problem().in(city.locale()));
                return 1;
            }
            Optional<String> unknown = unknown(c, cs.category(), cs.channel());
            if (unknown.isPresent()) {
                err.printf("%s:%d: %s%n", caseFile, cs.line(), unknown.get());
                return 1;
            }
            requests.add(new Request(cs.id(), IssueFacts.of(new CategoryId(cs.category()),
                    new ChannelId(cs.channel()), node.get().id(), cs.description(), cs.severity()),
                    cs.reportedAt(scenario.start())));
        }
        return null;
    }

    /** Why a category or channel cannot be explained in the city, in the chosen language; empty if both exist. */
    private Optional<String> unknown(City c, String categoryId, String channelId) {
        if (c.categories().find(new CategoryId(categoryId)).isEmpty()) {
            return Optional.of(city.zh() ? "城市 " + c.id() + " 没有类别 '" + categoryId + "'"
                    : "the city " + c.id() + " has no category '" + categoryId + "'");
        }
        if (c.channels().stream().noneMatch(ch -> ch.id().value().equals(channelId))) {
            String known = String.join(", ", c.channels().stream().map(ch -> ch.id().value()).toList());
            return Optional.of(city.zh() ? "城市 " + c.id() + " 没有受理渠道 '" + channelId + "' (可用: " + known + ")"
                    : "the city " + c.id() + " has no channel '" + channelId + "' (its channels: " + known + ")");
        }
        return Optional.empty();
    }

    /**
     * Reports the case to a fresh engine and ticks it at each due instant for the given days, nobody acting, so
     * that warnings and escalations land at their exact times.
     */
    private List<IssueEvent> playForward(PackOptions.Prepared ready, Request r) {
        CityGovernance engine = ready.engine(new InMemoryEventStore());
        // Reported by its channel, as a real case would be; nobody acts on it afterwards.
        engine.report(new IssueId(r.id()), r.facts(), Parties.channel(ready.city(), r.facts().channel()), r.at());
        Instant end = r.at().plus(Duration.ofDays(days));
        // Bounded: a pack whose reaction re-sets a deadline at the same instant must not hang the command.
        for (int i = 0; i < 10_000; i++) {
            var due = engine.dueAt(end);
            if (due.isEmpty()) {
                break;
            }
            engine.tick(due.get(0).due());
        }
        return engine.issue(new IssueId(r.id())).map(Issue::timeline).map(List::copyOf).orElse(List.of());
    }

    private ObjectNode json(RoutingDecision d, List<IssueEvent> timeline, City c) {
        ObjectNode n = new ObjectMapper().createObjectNode().put("level", d.level().value())
                .put("owner", d.owner().toString()).put("timeLimit", d.timeLimit().toString())
                .put("reason", d.explanation().reason().zh()).put("reasonEn", d.explanation().reason().en())
                .put("fallback", d.explanation().fallback()).put("pack", d.policy().toString());
        d.explanation().fired().forEach(t -> n.withArray("rules").add(t.rule()));
        d.explanation().losers().forEach(l -> n.withArray("losers").addObject().put("rule", l.rule())
                .put("why", l.outcome().zh()).put("whyEn", l.outcome().en()));
        timeline.forEach(e -> n.withArray("timeline").addObject().put("at", e.at().toString())
                .put("event", e.getClass().getSimpleName()).put("text", TimelineText.describe(e, c, city.locale())));
        return n;
    }

    private void print(PrintWriter out, City c, RoutingDecision d, List<IssueEvent> timeline, String caseId) {
        Locale locale = city.locale();
        if (caseId != null) {
            out.printf("[%s]%n", caseId);
        }
        out.println(d.explanation().reason().in(locale));
        out.printf("  %s: %s (%s), %s: %s%n", city.zh() ? "承办" : "owner", d.owner(), d.level(),
                city.zh() ? "时限" : "limit", d.timeLimit().displayName().in(locale));
        d.acting().ifPresent(a -> out.printf("  %s: %s%s%n", city.zh() ? "承办人" : "acting",
                c.people().require(a.person()).maskedName(), a.viaBackup() ? " (B)" : ""));
        for (RuleTrace t : d.explanation().fired()) {
            out.printf("  %s %s — %s%n", city.zh() ? "规则" : "rule", t.rule(), t.description().in(locale));
        }
        for (Candidate l : d.explanation().losers()) {
            out.printf("  %s %s — %s%n", city.zh() ? "未采用" : "lost", l.rule(), l.outcome().in(locale));
        }
        out.printf("  %s %s%n", city.zh() ? "规则包" : "pack", d.policy());
        if (!timeline.isEmpty()) {
            out.printf("  %s:%n", city.zh() ? days + " 天内无人办理时的时间线" : "timeline over " + days
                    + " days with nobody acting");
            timeline.forEach(e -> out.println("    " + TimelineText.line(e, c, locale)));
        }
    }
}
