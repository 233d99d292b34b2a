package org.gridgov.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.gridgov.category.CategoryId;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemFacts;
import org.gridgov.deliberation.ItemId;
import org.gridgov.deliberation.Meeting;
import org.gridgov.deliberation.MeetingId;
import org.gridgov.deliberation.Proposer;
import org.gridgov.engine.DeliberationOutcome;
import org.gridgov.jurisdiction.NodeId;
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
 * Deliberation under {@code /api/v1}: items ({@code POST /items} proposes, {@code /items/{id}/{command}} supports,
 * tables, withdraws, rates, reviews, reports back) and meetings ({@code POST /meetings} calls one,
 * {@code /meetings/{id}/{command}} schedules, opens, votes, decides, closes, cancels), as the token's actor at the
 * server clock's instant; the city's permissions decide. Ids are the client's (a retry with the same id is refused,
 * {@code already-proposed}, rather than doubled).
 */
final class DeliberationRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LIST = 1000;

    private DeliberationRoutes() {
    }

    /** Adds the deliberation routes of a city. */
    static void add(Routes routes, ServedCity served) {
        var errors = PlainErrors.JSON_FORMAT;
        String p = EngineRoutes.PREFIX;
        routes.post(p + "/items", errors, r -> propose(r, served));
        routes.get(p + "/items", errors, r -> itemsUnder(r, served));
        routes.get(p + "/items/{id}", errors, r -> {
            Authenticate.require(r, served.tokens());
            ObjectNode n = JSON.createObjectNode();
            DeliberationJson.item(n, item(served, r.var("id")), served.city());
            return Response.json(200, n.toString());
        });
        routes.post(p + "/items/{id}/{command}", errors, r -> onItem(r, served));
        routes.post(p + "/meetings", errors, r -> call(r, served));
        routes.get(p + "/meetings/{id}", errors, r -> {
            Authenticate.require(r, served.tokens());
            ObjectNode n = JSON.createObjectNode();
            DeliberationJson.meeting(n, meeting(served, r.var("id")), served.city());
            return Response.json(200, n.toString());
        });
        routes.post(p + "/meetings/{id}/{command}", errors, r -> onMeeting(r, served));
    }

    private static Response propose(Request r, ServedCity served) {
        ApiPrincipal who = Authenticate.require(r, served.tokens());
        Body b = Body.of(r, Set.of("id", "title", "text", "category", "location", "proposer", "parties", "households"));
        var city = served.city();
        ItemId id = new ItemId(b.text("id"));
        CategoryId category = CityTerms.category(city, b.text("category"), "category");
        ItemFacts facts = new ItemFacts(b.text("title"), b.text("text"), category,
                CityTerms.node(city, b.text("location"), "location"), proposer(b),
                b.optionalList("parties").stream().map(o -> CityTerms.organization(city, o, "parties")).toList(),
                b.has("households") ? b.integer("households", 0) : 0, java.util.List.of());
        DeliberationOutcome o = served.governance().deliberation().propose(id, facts, who.actor(), served.now());
        return answer(served, o, Optional.of(id), Optional.empty(), 201);
    }

    private static Proposer proposer(Body b) {
        String key = b.text("proposer");
        return java.util.Arrays.stream(Proposer.values()).filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> HttpFailure.badField("proposer", "应为 resident、grid-worker、committee、issues 之一",
                        "is one of resident, grid-worker, committee, issues"));
    }

    private static Response call(Request r, ServedCity served) {
        ApiPrincipal who = Authenticate.require(r, served.tokens());
        Body b = Body.of(r, Set.of("id", "body", "when", "agenda"));
        var city = served.city();
        MeetingId id = new MeetingId(b.text("id"));
        var body = DeliberationCommands.body(city, b.text("body"));
        DeliberationOutcome o = served.governance().deliberation().call(id, body,
                CityTerms.instant(city, b.text("when"), "when"),
                b.optionalList("agenda").stream().map(ItemId::new).toList(), who.actor(), served.now());
        return answer(served, o, Optional.empty(), Optional.of(id), 201);
    }

    private static Response onItem(Request r, ServedCity served) {
        ApiPrincipal who = Authenticate.require(r, served.tokens());
        DeliberationCommands.OnItem c = NamedCommands.find(DeliberationCommands.ON_ITEM, r.var("command"));
        Item item = item(served, r.var("id"));
        Body b = Body.of(r, c.fields());
        DeliberationOutcome o = c.run().run(served.governance().deliberation(), served.city(), item.id(), b,
                who.actor(), served.now());
        return answer(served, o, Optional.of(item.id()), item.meeting(), 200);
    }

    private static Response onMeeting(Request r, ServedCity served) {
        ApiPrincipal who = Authenticate.require(r, served.tokens());
        DeliberationCommands.OnMeeting c = NamedCommands.find(DeliberationCommands.ON_MEETING, r.var("command"));
        Meeting meeting = meeting(served, r.var("id"));
        Body b = Body.of(r, c.fields());
        Optional<ItemId> item = b.optional("item").map(ItemId::new);
        DeliberationOutcome o = c.run().run(served.governance().deliberation(), served.city(), meeting.id(), b,
                who.actor(), served.now());
        return answer(served, o, item, Optional.of(meeting.id()), 200);
    }

    /** A done command: the item and the meeting it concerned as they stand now, the tasks it created. */
    private static Response answer(ServedCity served, DeliberationOutcome outcome, Optional<ItemId> item,
                                   Optional<MeetingId> meeting, int status) {
        if (outcome instanceof DeliberationOutcome.Refused refused) {
            throw Outcomes.refusal(refused.rejection());
        }
        if (outcome instanceof DeliberationOutcome.Conflicted) {
            throw Outcomes.conflict();
        }
        DeliberationOutcome.Done done = (DeliberationOutcome.Done) outcome;
        served.changed();
        var d = served.governance().deliberation();
        ObjectNode n = JSON.createObjectNode();
        item.flatMap(d::item).ifPresent(i -> DeliberationJson.item(n.putObject("item"), i, served.city()));
        meeting.flatMap(d::meeting).ifPresent(m -> DeliberationJson.meeting(n.putObject("meeting"), m, served.city()));
        ArrayNode tasks = n.putArray("tasks");
        done.tasks().forEach(t -> tasks.add(t.value()));
        done.explanation().ifPresent(x -> n.putObject("explanation").put("zh", x.reason().zh())
                .put("en", x.reason().en()));
        return Response.json(status, n.toString());
    }

    private static Response itemsUnder(Request r, ServedCity served) {
        Authenticate.require(r, served.tokens());
        var city = served.city();
        NodeId node = r.param("under").map(n -> CityTerms.node(city, n, "under")).orElse(city.jurisdiction().root().id());
        ArrayNode out = JSON.createArrayNode();
        served.governance().deliberation().items().stream()
                .filter(i -> city.jurisdiction().isAncestorOrSelf(node, i.facts().node()))
                .sorted(Comparator.comparing(i -> i.id().value())).limit(MAX_LIST)
                .forEach(i -> DeliberationJson.itemSummary(out.addObject(), i, city));
        return Response.json(200, out.toString());
    }

    private static Item item(ServedCity served, String id) {
        Optional<Item> found = id.isBlank() || id.length() > 200 ? Optional.empty()
                : served.governance().deliberation().item(new ItemId(id));
        return found.orElseThrow(() -> HttpFailure.notFound("unknown-item", "没有这个议题", "no such item"));
    }

    private static Meeting meeting(ServedCity served, String id) {
        Optional<Meeting> found = id.isBlank() || id.length() > 200 ? Optional.empty()
                : served.governance().deliberation().meeting(new MeetingId(id));
        return found.orElseThrow(() -> HttpFailure.notFound("unknown-meeting", "没有这个会议", "no such meeting"));
    }
}
