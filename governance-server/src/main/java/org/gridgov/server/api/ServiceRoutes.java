package org.gridgov.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Year;
import java.util.List;
import org.gridgov.engine.ServiceOutcome;
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
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServiceRates;
import org.gridgov.service.UnitStanding;

/**
 * Party members' and units' service under {@code /api/v1/service}: {@code POST /service/{command}} (report-in,
 * wishes, service records, the menu, posts, joint building, feedback) as the token's actor at the server clock's
 * instant, the city's permissions deciding; {@code GET /service?id=} one timeline by its full id
 * ({@code wish/血压计}); {@code GET /service/rates} the report-in and service rates of an area or a unit for a year.
 * Members are counted in rates, not listed.
 */
final class ServiceRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServiceRoutes() {
    }

    /** Adds the service routes of a city. */
    static void add(Routes routes, ServedCity served) {
        var errors = PlainErrors.JSON_FORMAT;
        String p = EngineRoutes.PREFIX + "/service";
        routes.get(p, errors, r -> timeline(r, served));
        routes.get(p + "/rates", errors, r -> rates(r, served));
        routes.post(p + "/{command}", errors, r -> command(r, served));
    }

    private static Response command(Request r, ServedCity served) {
        ApiPrincipal who = Authenticate.require(r, served.tokens());
        ServiceCommands.Command command = NamedCommands.find(ServiceCommands.ALL, r.var("command"));
        Body body = Body.of(r, command.fields());
        ServiceOutcome o = command.run().run(new ServiceCommands.Call(served.governance().service(), served.city(),
                body, who.actor(), served.now(), thisYear(served)));
        if (o instanceof ServiceOutcome.Refused refused) {
            throw Outcomes.refusal(refused.rejection());
        }
        if (o instanceof ServiceOutcome.Conflicted) {
            throw Outcomes.conflict();
        }
        served.changed();
        List<ServiceEvent> events = ((ServiceOutcome.Done) o).events();
        ObjectNode n = JSON.createObjectNode();
        if (!events.isEmpty()) {
            ServiceId id = events.get(0).stream();
            n.put("id", id.value()).put("kind", id.kind());
        }
        EventJson.addAll(n.putArray("events"), events);
        if (!events.isEmpty()) {
            EventJson.addAll(n.putArray("timeline"), served.engine().store().serviceTimeline(events.get(0).stream()));
        }
        return Response.json(200, n.toString());
    }

    private static Response timeline(Request r, ServedCity served) {
        Authenticate.require(r, served.tokens());
        String id = r.param("id").orElseThrow(() -> HttpFailure.badField("id", "必填，如 wish/血压计",
                "is required, e.g. wish/血压计"));
        var timeline = id.isBlank() || id.length() > 300 ? List.<ServiceEvent>of()
                : served.engine().store().serviceTimeline(new ServiceId(id));
        if (timeline.isEmpty()) {
            throw HttpFailure.notFound("unknown-service", "没有这条服务记录", "no such service timeline");
        }
        ObjectNode n = JSON.createObjectNode().put("id", id).put("kind", new ServiceId(id).kind());
        EventJson.addAll(n.putArray("timeline"), timeline);
        return Response.json(200, n.toString());
    }

    private static Response rates(Request r, ServedCity served) {
        Authenticate.require(r, served.tokens());
        var city = served.city();
        Year year = r.param("year").map(ServiceRoutes::year).orElse(thisYear(served));
        var service = served.governance().service();
        ObjectNode n = JSON.createObjectNode().put("year", year.getValue());
        if (r.param("unit").isPresent()) {
            var unit = CityTerms.organization(city, r.param("unit").get(), "unit");
            n.put("unit", unit.value());
            rates(n, service.ratesOfUnit(unit, year));
            standing(n.putObject("standing"), service.standing(unit, year));
        } else {
            NodeId area = r.param("area").map(a -> CityTerms.node(city, a, "area")).orElse(city.jurisdiction().root().id());
            n.put("area", area.value()).put("areaName", city.jurisdiction().node(area).name().zh());
            rates(n, service.ratesOf(area, year));
        }
        return Response.json(200, n.toString());
    }

    private static void rates(ObjectNode n, ServiceRates rates) {
        n.put("expected", rates.expected().size()).put("reported", rates.reported().size())
                .put("served", rates.served().size());
        rates.reportInRate().ifPresent(x -> n.put("reportInRate", x));
        rates.serviceRate().ifPresent(x -> n.put("serviceRate", x));
    }

    private static void standing(ObjectNode n, UnitStanding s) {
        n.put("eligible", s.eligible()).put("points", s.points()).put("zh", s.explanation().reason().zh())
                .put("en", s.explanation().reason().en());
        ArrayNode lines = n.putArray("lines");
        s.lines().forEach(l -> lines.addObject().put("rule", l.rule()).put("points", l.points())
                .put("zh", l.reason().zh()).put("en", l.reason().en()));
    }

    private static Year year(String text) {
        try {
            return Year.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw HttpFailure.badField("year", "应为年份，如 2023", "is a year such as 2023");
        }
    }

    private static Year thisYear(ServedCity served) {
        return Year.from(served.now().atZone(served.city().zone()));
    }
}
