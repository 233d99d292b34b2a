package org.gridgov.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.DivisionCode;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.policy.Candidate;
import org.gridgov.policy.RoutingDecision;
import org.gridgov.policy.RoutingRequest;
import org.gridgov.policy.RuleTrace;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.routing.CompiledRoutingPack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gridgov explain PACK}: route one case and say why. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Route one case with a pack and explain the decision: owner, acting person, time limit,",
                "the rules that fired and the candidates that lost.",
                "Example: gridgov explain jilin --category facilities.sewer --location 220202004001-G01 "
                        + "--at 2023-06-15T10:00"})
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    PackOptions pack;

    @Mixin
    CityOptions city;

    @Option(names = "--category", required = true, description = "The case's category id, e.g. environment.noise")
    String category;

    @Option(names = "--location", required = true,
            description = "Where: a node id, an official division code, or a node's Chinese name")
    String location;

    @Option(names = "--channel", description = "Intake channel id (default: the city's first channel)")
    String channel;

    @Option(names = "--severity", defaultValue = "low", description = "low, medium, high or critical")
    String severity;

    @Option(names = "--at", required = true, description = "When, in the city's local time: 2023-06-15T10:00")
    LocalDateTime at;

    @Option(names = "--json", description = "Print the decision as JSON.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<City> loaded = PackOptions.city(city, pack.pack, err);
        if (loaded.isEmpty()) {
            err.println(city.zh() ? "请用 --city 或 --profile 指定城市" : "name the city with --city or --profile");
            err.flush();
            return 2;
        }
        City c = loaded.get();
        PackLoadResult result = pack.load(loaded);
        if (result instanceof PackLoadResult.Failed failed) {
            failed.problems().forEach(p -> err.println(p.describe(city.locale())));
            err.flush();
            return 1;
        }
        CompiledRoutingPack routing = CompiledRoutingPack.of(((PackLoadResult.Loaded) result).pack());
        Optional<JurisdictionNode> node = locate(c, location);
        if (node.isEmpty()) {
            err.println((city.zh() ? "找不到地点: " : "no such location: ") + location);
            err.flush();
            return 1;
        }
        Instant instant = at.atZone(c.zone()).toInstant();
        String via = channel != null ? channel : c.channels().get(0).id().value();
        RoutingDecision d = new DroolsRoutingPolicy(() -> routing).route(RoutingRequest.of(new IssueId("explain"),
                IssueFacts.of(new CategoryId(category), new ChannelId(via), node.get().id(), "explain",
                        Severity.valueOf(severity.toUpperCase(Locale.ROOT))), c, instant));
        Locale locale = city.locale();
        if (json) {
            ObjectNode n = new ObjectMapper().createObjectNode().put("level", d.level().value())
                    .put("owner", d.owner().toString()).put("timeLimit", d.timeLimit().toString())
                    .put("reason", d.explanation().reason().zh()).put("reasonEn", d.explanation().reason().en())
                    .put("fallback", d.explanation().fallback()).put("pack", d.policy().toString());
            d.explanation().fired().forEach(t -> n.withArray("rules").add(t.rule()));
            d.explanation().losers().forEach(l -> n.withArray("losers").addObject().put("rule", l.rule())
                    .put("why", l.outcome().zh()).put("whyEn", l.outcome().en()));
            out.println(n.toPrettyString());
        } else {
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
        }
        out.flush();
        return 0;
    }

    /** A node by id, by official division code, or by its Chinese name (the first in preorder). */
    static Optional<JurisdictionNode> locate(City city, String text) {
        var tree = city.jurisdiction();
        Optional<JurisdictionNode> byId = tree.find(new NodeId(text));
        if (byId.isPresent()) {
            return byId;
        }
        try {
            Optional<JurisdictionNode> byCode = tree.byCode(new DivisionCode(text));
            if (byCode.isPresent()) {
                return byCode;
            }
        } catch (IllegalArgumentException notACode) {
            // fall through to names
        }
        return tree.subtree(tree.root().id()).stream().filter(n -> n.name().zh().equals(text)).findFirst();
    }
}
