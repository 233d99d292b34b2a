package org.gridgov.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.engine.TickReport;
import org.gridgov.evaluation.Ranking;
import org.gridgov.evaluation.ScoreLine;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rejection;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.metrics.Period;
import org.gridgov.mode.Mode;
import org.gridgov.server.auth.ApiPrincipal;
import org.gridgov.server.auth.Authenticate;
import org.gridgov.server.city.Outcomes;
import org.gridgov.server.city.ServedCity;
import org.gridgov.server.http.HttpFailure;
import org.gridgov.server.http.PlainErrors;
import org.gridgov.server.http.Request;
import org.gridgov.server.http.Response;
import org.gridgov.server.http.Routes;

/**
 * The engine's API under {@code /api/v1}: cases here, deliberation in {@link DeliberationRoutes}, service in
 * {@link ServiceRoutes}. Every route but the description needs a token: writes are issued as the token's actor and
 * decided by the city's permissions; reads show masked data only. Commands happen at the server clock's instant.
 */
public final class EngineRoutes {
    /** Where the routes live. */
    public static final String PREFIX = "/api/v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LIST = 1000;

    private EngineRoutes() {
    }

    /** Adds the routes of a city to a server's routes. */
    public static void add(Routes routes, ServedCity served) {
        var errors = PlainErrors.JSON_FORMAT;
        routes.family(PREFIX, errors);
        routes.post(PREFIX + "/issues", errors, r -> report(r, served));
        routes.get(PREFIX + "/issues", errors, r -> openUnder(r, served));
        routes.get(PREFIX + "/issues/{id}", errors, r -> {
            Authenticate.require(r, served.tokens());
            ObjectNode n = JSON.createObjectNode();
            IssueJson.full(n, found(served, r.var("id")), served.city());
            return Response.json(200, n.toString());
        });
        routes.post(PREFIX + "/issues/{id}/{command}", errors, r -> command(r, served));
        routes.post(PREFIX + "/modes/{node}", errors, r -> switchMode(r, served));
        routes.post(PREFIX + "/tick", errors, r -> {
            Authenticate.require(r, served.tokens());
            return Response.json(200, tick(served).toString());
        });
        routes.get(PREFIX + "/due", errors, r -> due(r, served));
        String spec = OpenApi.text();
        routes.get(PREFIX + "/openapi.yaml", errors, r -> Response.text(200, "application/yaml", spec));
        routes.get(PREFIX + "/rankings", errors, r -> ranking(r, served));
        DeliberationRoutes.add(routes, served);
        ServiceRoutes.add(routes, served);
    }

    /** Runs the engine's tick at the server clock's instant; a second tick at the same instant does nothing. */
    public static ObjectNode tick(ServedCity served) {
        TickReport report = served.governance().tick(served.now());
        if (!report.handled().isEmpty()) {
            served.changed();
        }
        ObjectNode n = JSON.createObjectNode().put("now", report.now().toString());
        ArrayNode handled = n.putArray("handled");
        report.handled().forEach(h -> handled.addObject().put("issue", h.due().issue().value())
                .put("due", h.due().due().toString()).put("zh", h.decision().explanation().reason().zh())
                .put("en", h.decision().explanation().reason().en()).put("events", h.events().size()));
        return n;
    }

    private static Response report(Request r, ServedCity served) {
        ApiPrincipal who = Authenticate.require(r, served.tokens());
        Body b = Body.of(r, Set.of("id", "category", "channel", "location", "description", "severity"));
        var city = served.city();
        var category = CityTerms.category(city, b.text("category"), "category");
        var channel = new org.gridgov.issue.ChannelId(b.text("channel"));
        if (city.channel(channel).isEmpty()) {
            throw HttpFailure.badField("channel", "本市没有这个渠道", "the city has no such channel");
        }
        NodeId location = CityTerms.node(served.city(), b.text("location"), "location");
        Severity severity = b.optional("severity").isPresent() ? b.choice("severity", Severity.class) : Severity.LOW;
        IssueId id = b.optional("id").map(IssueId::new).orElseGet(served::nextId);
        IssueFacts facts = IssueFacts.of(category, channel, location, b.text("description"), severity);
        return done(served, served.governance().report(id, facts, who.actor(), served.now()), 201);
    }

    private static Response command(Request r, ServedCity served) {
        ApiPrincipal who = Authenticate.require(r, served.tokens());
        Commands.Command command = NamedCommands.find(Commands.ALL, r.var("command"));
        Issue issue = found(served, r.var("id"));
        Body body = Body.of(r, command.fields());
        return done(served, command.issue().run(served.governance(), served.city(), issue.id(), body, who.actor(),
                served.now()), 200);
    }

    private static Response done(ServedCity served, CommandOutcome outcome, int status) {
        if (!(outcome instanceof CommandOutcome.Done done)) {
            throw Outcomes.failure(outcome);
        }
        served.changed();
        ObjectNode n = JSON.createObjectNode();
        IssueJson.full(n, done.issue(), served.city());
        done.routing().ifPresent(d -> n.putObject("routing").put("zh", d.explanation().reason().zh())
                .put("en", d.explanation().reason().en()).put("pack", d.policy().toString()));
        return Response.json(status, n.toString());
    }

    private static Response switchMode(Request r, ServedCity served) {
        ApiPrincipal who = Authenticate.require(r, served.tokens());
        NodeId node = CityTerms.node(served.city(), r.var("node"), "node");
        Body b = Body.of(r, Set.of("mode", "reason"));
        Optional<Rejection> refused = served.governance().switchMode(node, b.choice("mode", Mode.class),
                b.bilingual("reason"), who.actor(), served.now());
        if (refused.isPresent()) {
            throw Outcomes.refusal(refused.get());
        }
        served.changed();
        return Response.json(200, JSON.createObjectNode().put("node", node.value())
                .put("mode", served.governance().modeAt(node, served.now()).name().toLowerCase(java.util.Locale.ROOT))
                .toString());
    }

    private static Response openUnder(Request r, ServedCity served) {
        Authenticate.require(r, served.tokens());
        NodeId node = r.param("under").map(n -> CityTerms.node(served.city(), n, "under"))
                .orElse(served.city().jurisdiction().root().id());
        ArrayNode out = JSON.createArrayNode();
        served.governance().openIssuesUnder(node).stream().sorted(Comparator.comparing(i -> i.id().value()))
                .limit(MAX_LIST).forEach(i -> IssueJson.summary(out.addObject(), i, served.city()));
        return Response.json(200, out.toString());
    }

    private static Response due(Request r, ServedCity served) {
        Authenticate.require(r, served.tokens());
        ArrayNode out = JSON.createArrayNode();
        served.governance().dueAt(served.now()).stream().limit(MAX_LIST).forEach(d -> out.addObject()
                .put("issue", d.issue().value()).put("what", d.what().toString()).put("due", d.due().toString()));
        return Response.json(200, out.toString());
    }

    private static Response ranking(Request r, ServedCity served) {
        Authenticate.require(r, served.tokens());
        var city = served.city();
        YearMonth month;
        try {
            month = r.param("month").map(YearMonth::parse).orElse(YearMonth.from(served.now().atZone(city.zone())));
        } catch (DateTimeParseException e) {
            throw HttpFailure.badField("month", "应为 yyyy-MM", "is yyyy-MM");
        }
        LevelId level = new LevelId(r.param("level").orElse("street"));
        Ranking ranking;
        try {
            ranking = served.engine().evaluate(Period.month(month, city.zone()), level);
        } catch (IllegalArgumentException e) {
            throw HttpFailure.badField("level", "本市没有这个层级", "the city has no such level");
        }
        return Response.json(200, rankingJson(ranking).toString());
    }

    /** A ranking with each scorecard's lines. */
    public static ObjectNode rankingJson(Ranking ranking) {
        ObjectNode n = JSON.createObjectNode().put("level", ranking.level()).put("period", ranking.period());
        ArrayNode entries = n.putArray("entries");
        for (Ranking.Entry e : ranking.entries()) {
            var s = e.scorecard();
            ObjectNode o = entries.addObject().put("rank", e.rank()).put("unit", s.unit().id())
                    .put("name", s.unit().name().zh()).put("nameEn", s.unit().name().en()).put("score", s.score())
                    .put("noCases", s.noCases());
            s.grade().ifPresent(g -> o.put("grade", g.zh()));
            ArrayNode lines = o.putArray("lines");
            for (ScoreLine l : s.lines()) {
                lines.addObject().put("rule", l.rule()).put("points", l.points()).put("zh", l.reason().zh())
                        .put("en", l.reason().en()).put("cases", l.cases().size());
            }
        }
        return n;
    }

    private static Issue found(ServedCity served, String id) {
        return served.issue(id).orElseThrow(() -> HttpFailure.notFound("unknown-issue", "没有这个案件", "no such case"));
    }

}
