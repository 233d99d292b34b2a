package org.gridgov.server.open311;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.category.Category;
import org.gridgov.city.City;
import org.gridgov.engine.CommandOutcome;
import org.gridgov.geo.GeoPoint;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeLookup;
import org.gridgov.people.PersonId;
import org.gridgov.report.TimelineText;
import org.gridgov.server.auth.ApiPrincipal;
import org.gridgov.server.auth.Authenticate;
import org.gridgov.server.city.Outcomes;
import org.gridgov.server.city.ServedCity;
import org.gridgov.server.http.HttpFailure;
import org.gridgov.server.http.Request;

/**
 * {@code POST requests}: a report in, routed at once. The location is {@code address_id} (a node's id) or
 * {@code address_string} (a node's unique name), or {@code lat}/{@code long} (decimal degrees, in the system the
 * profile draws its areas in), which lie in the deepest node whose drawn area holds them; refused where the profile
 * draws none, or none holds the point. The channel is the principal's own when it is a system channel of the city (the hotline), else the
 * city's {@code resident} channel. Contact fields ({@code email}, {@code phone}, names) are accepted and not stored:
 * a resident is known by their token, and an immutable timeline is no place for a caller's number.
 */
final class Intake {
    static final int MAX_DESCRIPTION = 4000;

    private Intake() {
    }

    static ArrayNode report(Request request, ServedCity served) {
        ApiPrincipal principal = Authenticate.require(request, served.tokens());
        City city = served.city();
        Category category = Services.require(city, request.param("service_code").orElseThrow(() ->
                HttpFailure.badField("service_code", "必填", "is required")));
        IssueFacts facts = new IssueFacts(category.id(), channel(principal.actor(), city), location(request, city),
                reporter(principal.actor()), description(request), severity(request), Set.of("open311"));
        IssueId id = served.nextId();
        CommandOutcome outcome = served.governance().report(id, facts, principal.actor(), served.now());
        if (!(outcome instanceof CommandOutcome.Done done)) {
            throw Outcomes.failure(outcome);
        }
        served.changed();
        ArrayNode out = Tree.list();
        ObjectNode r = out.addObject();
        r.put("service_request_id", id.value());
        r.put("token", Tokens.of(id));
        r.put("service_notice", done.issue().owner().map(o -> "已派至 " + TimelineText.owner(o, city, Locale.CHINESE)
                + " / dispatched to " + TimelineText.owner(o, city, Locale.ENGLISH)).orElse("待派单 / awaiting dispatch"));
        r.putNull("account_id");
        return out;
    }

    private static ChannelId channel(Actor actor, City city) {
        if (actor instanceof Actor.System system && city.channel(new ChannelId(system.id())).isPresent()) {
            return new ChannelId(system.id());
        }
        ChannelId resident = new ChannelId("resident");
        return city.channel(resident).isPresent() ? resident : city.channels().get(0).id();
    }

    private static Optional<PersonId> reporter(Actor actor) {
        return actor instanceof Actor.Person p && p.role().isEmpty() ? Optional.of(p.person()) : Optional.empty();
    }

    private static org.gridgov.jurisdiction.NodeId location(Request request, City city) {
        Optional<String> id = request.param("address_id");
        if (id.isPresent()) {
            return city.jurisdiction().find(new org.gridgov.jurisdiction.NodeId(id.get())).map(JurisdictionNode::id)
                    .orElseThrow(() -> HttpFailure.badField("address_id", "本市没有这个地点编号", "the city has no such place"));
        }
        Optional<String> text = request.param("address_string");
        if (text.isPresent()) {
            NodeLookup found = city.jurisdiction().lookup(text.get());
            return found.unique().map(JurisdictionNode::id).orElseThrow(() -> HttpFailure.badField("address_string",
                    found.isEmpty() ? "本市没有这个地名" : "地名有多处，请用 address_id",
                    found.isEmpty() ? "the city has no place of that name" : "several places have that name; give address_id"));
        }
        if (request.param("lat").isPresent() || request.param("long").isPresent()) {
            return at(request, city);
        }
        throw HttpFailure.badField("address_id", "请给出 address_id 或 address_string",
                "give address_id or address_string");
    }

    /** The node whose drawn area holds {@code lat}/{@code long}: the deepest, a grid before its community. */
    private static org.gridgov.jurisdiction.NodeId at(Request request, City city) {
        if (city.areas().isEmpty()) {
            throw HttpFailure.badField("lat", "本市档案未给出网格范围，请用 address_id",
                    "the city's profile gives no grid areas; give address_id");
        }
        GeoPoint point;
        try {
            point = new GeoPoint(degrees(request, "lat"), degrees(request, "long"));
        } catch (IllegalArgumentException e) {
            throw HttpFailure.badField("lat", "纬度 -90 至 90，经度 -180 至 180", "latitude is -90 to 90, longitude -180 to 180");
        }
        return city.areas().locate(point).orElseThrow(() -> HttpFailure.badField("lat",
                "该坐标不在本市划定的任何网格范围内，请用 address_id", "the point lies in no area the city has drawn; give address_id"));
    }

    private static double degrees(Request request, String field) {
        String text = request.param(field).orElseThrow(() -> HttpFailure.badField(field, "lat 与 long 须同时给出",
                "lat and long come together"));
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw HttpFailure.badField(field, "应为十进制度数，如 43.8712", "is decimal degrees such as 43.8712");
        }
    }

    private static String description(Request request) {
        String text = request.param("description").orElseThrow(() -> HttpFailure.badField("description", "必填",
                "is required"));
        if (text.length() > MAX_DESCRIPTION) {
            throw HttpFailure.badField("description", "超过 " + MAX_DESCRIPTION + " 字", "is over " + MAX_DESCRIPTION
                    + " characters");
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw HttpFailure.badField("description", "含控制字符", "holds control characters");
        }
        return text;
    }

    private static Severity severity(Request request) {
        Optional<String> given = request.param("attribute[" + Services.SEVERITY + "]");
        if (given.isEmpty()) {
            return Severity.LOW;
        }
        try {
            return Severity.valueOf(given.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw HttpFailure.badField("attribute[severity]", "应为 low、medium、high 或 critical",
                    "is one of low, medium, high, critical");
        }
    }
}
