package org.gridgov.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever a client sends — any method, any path under the served prefixes with arbitrary (encoded) segments, any
 * form fields or JSON-ish body, with or without a valid token — the server answers with a status below 500 and a
 * well-formed JSON or XML body, never a stack trace: bad input is the client's error, said plainly.
 */
class HostileRequestsNeverBreakTheServerProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("api_key", "service_code", "address_id", "address_string",
            "description", "lat", "long", "jurisdiction_id", "attribute[severity]", "status", "start_date", "end_date",
            "service_request_id", "under", "month", "level");
    private static JilinServer jilin;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static final String PLATFORM = "platform-secret";
    /** The fields the engine API's commands read, and one none does. */
    private static final String[] JSON_FIELDS = {"summary", "reason", "organization", "reportIn", "participants",
            "rating", "closure", "category", "location", "mode", "id", "title", "text", "proposer", "parties",
            "households", "body", "when", "agenda", "attendance", "item", "voter", "choice", "resolution", "tasks",
            "member", "unit", "community", "year", "certificate", "beneficiary", "what", "from", "until", "source",
            "with", "borneOut", "capacity", "quantity", "kind", "period", "menuItem", "resident", "x"};

    @BeforeContainer
    static void start() throws Exception {
        jilin = new JilinServer(Files.createTempDirectory("gridgov-hostile"), java.util.Map.of(PLATFORM,
                org.gridgov.authorization.Parties.PLATFORM), org.gridgov.server.http.Limits.standard());
    }

    @AfterContainer
    static void stop() {
        jilin.close();
    }

    @Property(tries = 300)
    void everyAnswerIsBelow500AndWellFormed(@ForAll("methods") String method, @ForAll("paths") String path,
                                            @ForAll("bodies") String body, @ForAll("tokens") String token)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(jilin.base() + path))
                .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!token.isEmpty()) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).as(method + " " + path + " " + body + " → " + r.body()).isLessThan(500);
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("application/json")) {
            JSON.readTree(r.body());
        } else if (type.startsWith("text/xml")) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** None, the hotline's (a channel: reports only) or the platform's (granted nearly everything). */
    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.of("", JilinServer.HOTLINE, PLATFORM);
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("GET", "POST", "PUT", "DELETE");
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> prefix = Arbitraries.of("/open311/v2/services", "/open311/v2/services/", "/open311/v2/requests",
                "/open311/v2/requests/", "/open311/v2/tokens/", "/api/v1/issues", "/api/v1/issues/", "/api/v1/modes/",
                "/api/v1/tick", "/api/v1/due", "/api/v1/rankings", "/api/v1/items", "/api/v1/items/",
                "/api/v1/meetings", "/api/v1/meetings/", "/api/v1/service", "/api/v1/service/",
                "/api/v1/service/rates", "/api/v1/service/report-in", "/api/v1/service/confirm-report-in",
                "/api/v1/service/publish-wish", "/api/v1/service/submit-service", "/api/v1/service/verify-service",
                "/api/v1/service/place-order", "/api/v1/service/publish-post", "/api/v1/service/list-need",
                "/api/v1/service/send-feedback", "/dashboard", "/dashboard/", "/", "/ready");
        Arbitrary<String> segment = Arbitraries.strings().ofMaxLength(12)
                .map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
        Arbitrary<String> tail = Arbitraries.of("", ".json", ".xml", ".html", "/accept", "/resolve", "/x.json",
                "/table", "/support", "/open", "/vote", "/decide", "/cancel");
        Arbitrary<String> query = Arbitraries.maps(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(20))
                .ofMaxSize(3).map(HostileRequestsNeverBreakTheServerProperties::form);
        return Combinators.combine(prefix, segment, tail, query)
                .as((p, s, t, q) -> p + (p.endsWith("/") ? s : "") + t + (q.isEmpty() ? "" : "?" + q));
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> form = Arbitraries.maps(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(40))
                .ofMaxSize(6).map(HostileRequestsNeverBreakTheServerProperties::form);
        Arbitrary<String> json = Arbitraries.maps(Arbitraries.of(JSON_FIELDS), Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(10).map(s -> (JsonNode) JSON.getNodeFactory().textNode(s)),
                Arbitraries.of("维北社区", "220202004001", "p-zhao", "weibei-small-bench", "environment.noise",
                        "2023-06-15T10:00:00+08:00", "wish/x", "cy-education")
                        .map(s -> (JsonNode) JSON.getNodeFactory().textNode(s)),
                Arbitraries.integers().map(i -> (JsonNode) JSON.getNodeFactory().numberNode(i)),
                Arbitraries.of(true, false).map(x -> (JsonNode) JSON.getNodeFactory().booleanNode(x)),
                Arbitraries.just((JsonNode) JSON.createArrayNode().add(1)),
                Arbitraries.just((JsonNode) JSON.createArrayNode().add(JSON.createObjectNode().put("seat", "residents")
                        .put("presence", "present"))),
                Arbitraries.just((JsonNode) JSON.createObjectNode())))
                .ofMaxSize(6).map(m -> {
                    var o = JSON.createObjectNode();
                    m.forEach(o::set);
                    return o.toString();
                });
        Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(60);
        return Arbitraries.oneOf(form, json, junk);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(k.equals("api_key") ? JilinServer.HOTLINE : URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
