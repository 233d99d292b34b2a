package org.gridgov.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gridgov.authorization.Parties;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.server.http.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code openapi.yaml} describes the server as it is: the same operations (path and method) as the routes under
 * {@code /api/v1}, and every answer of a session that calls each operation — successes and refusals — has a status
 * the description lists for it and a body its schema accepts (types, required properties, enums, {@code $ref} and
 * {@code allOf} followed).
 */
class OpenApiMatchesTheServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    static Path dir;
    static JilinServer jilin;
    static JsonNode spec;

    @BeforeAll
    static void start() throws Exception {
        var city = JilinServer.city();
        var owner = Parties.atNode(city, new NodeId("220283001002"), JilinServer.START).orElseThrow();
        var convenor = Parties.organization(city, new org.gridgov.organization.OrganizationId("weibei-party"),
                JilinServer.START).orElseThrow();
        // The platform proposes: the grid leader's deputy acts only while the leader is on leave, and other tests
        // move the clock.
        jilin = new JilinServer(dir, Map.of("owner", owner, "platform", Parties.PLATFORM, "convenor", convenor,
                "zhao", org.gridgov.actor.Actor.resident(new org.gridgov.people.PersonId("p-zhao")),
                "wang", org.gridgov.actor.Actor.resident(new org.gridgov.people.PersonId("p-wang"))), Limits.standard());
        HttpResponse<String> served = jilin.get("/api/v1/openapi.yaml");
        assertThat(served.statusCode()).isEqualTo(200);
        spec = YAML.readTree(served.body());
    }

    @AfterAll
    static void stop() {
        jilin.close();
    }

    @Test
    void theDescriptionHasExactlyTheServersOperations() {
        Set<String> described = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext(); ) {
            var path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " "
                    + path.getKey()));
        }
        Set<String> served = new TreeSet<>();
        jilin.server.routes().stream().filter(r -> r.contains(" /api/v1/") && !r.endsWith("/openapi.yaml"))
                .forEach(r -> served.add(r.replace(" /api/v1/", " /")));
        assertThat(described).isEqualTo(served);
    }

    @Test
    void everyAnswerOfASessionMatchesItsOperationsSchema() throws Exception {
        String report = "{\"category\":\"facilities.sewer\",\"channel\":\"hotline-12345\",\"location\":\"正阳社区\","
                + "\"description\":\"下水道堵塞\"}";
        String id = JSON.readTree(check("post", "/issues", jilin.json("POST", "/api/v1/issues", JilinServer.HOTLINE,
                report), 201)).get("id").asText();
        check("post", "/issues", jilin.json("POST", "/api/v1/issues", null, report), 401);
        check("post", "/issues", jilin.json("POST", "/api/v1/issues", JilinServer.HOTLINE, "{\"category\":1}"), 400);
        check("get", "/issues", jilin.json("GET", "/api/v1/issues?under=220283", "owner", null), 200);
        check("get", "/issues/{id}", jilin.json("GET", "/api/v1/issues/" + id, "owner", null), 200);
        check("get", "/issues/{id}", jilin.json("GET", "/api/v1/issues/nope", "owner", null), 404);
        check("post", "/issues/{id}/{command}", jilin.json("POST", "/api/v1/issues/" + id + "/accept", "owner", null),
                200);
        check("post", "/issues/{id}/{command}", jilin.json("POST", "/api/v1/issues/" + id + "/accept", "owner", null),
                409);
        check("post", "/issues/{id}/{command}", jilin.json("POST", "/api/v1/issues/" + id + "/resolve",
                JilinServer.HOTLINE, "{\"summary\":\"x\"}"), 403);
        check("post", "/modes/{node}", jilin.json("POST", "/api/v1/modes/220283", JilinServer.HOTLINE,
                "{\"mode\":\"emergency\",\"reason\":\"暴雨\"}"), 403);
        jilin.clock.advance(java.time.Duration.ofDays(3));
        check("get", "/due", jilin.json("GET", "/api/v1/due", "owner", null), 200);
        check("post", "/tick", jilin.json("POST", "/api/v1/tick", "owner", null), 200);
        check("get", "/rankings", jilin.json("GET", "/api/v1/rankings?month=2023-06", "owner", null), 200);
        check("get", "/rankings", jilin.json("GET", "/api/v1/rankings?month=June", "owner", null), 400);
    }

    @Test
    void everyDeliberationAnswerMatchesItsOperationsSchema() throws Exception {
        String item = "{\"id\":\"noise\",\"title\":\"装修噪音\",\"text\":\"午休时间施工\",\"category\":"
                + "\"environment.noise\",\"location\":\"维北社区1号楼\",\"proposer\":\"grid-worker\"}";
        check("post", "/items", jilin.json("POST", "/api/v1/items", "platform", item), 201);
        check("post", "/items", jilin.json("POST", "/api/v1/items", "platform", item), 409);
        check("post", "/items", jilin.json("POST", "/api/v1/items", null, item), 401);
        check("post", "/items", jilin.json("POST", "/api/v1/items", "platform", "{\"id\":3}"), 400);
        check("post", "/items/{id}/{command}", jilin.json("POST", "/api/v1/items/noise/table", "wang",
                "{\"body\":\"weibei-small-bench\"}"), 403);
        check("post", "/items/{id}/{command}", jilin.json("POST", "/api/v1/items/noise/table", "convenor",
                "{\"body\":\"weibei-small-bench\"}"), 200);
        check("post", "/items/{id}/{command}", jilin.json("POST", "/api/v1/items/none/table", "convenor", "{}"), 404);
        check("post", "/items/{id}/{command}", jilin.json("POST", "/api/v1/items/noise/table", "convenor", "{}"), 400);
        check("get", "/items", jilin.json("GET", "/api/v1/items?under=维北社区", "zhao", null), 200);
        check("get", "/items", jilin.json("GET", "/api/v1/items?under=nowhere", "zhao", null), 400);
        check("get", "/items/{id}", jilin.json("GET", "/api/v1/items/noise", "zhao", null), 200);
        check("get", "/items/{id}", jilin.json("GET", "/api/v1/items/none", "zhao", null), 404);
        String meeting = "{\"id\":\"m1\",\"body\":\"weibei-small-bench\",\"when\":\""
                + jilin.clock.instant().plusSeconds(600) + "\",\"agenda\":[\"noise\"]}";
        check("post", "/meetings", jilin.json("POST", "/api/v1/meetings", "convenor", meeting), 201);
        check("post", "/meetings", jilin.json("POST", "/api/v1/meetings", "convenor", meeting), 409);
        check("post", "/meetings", jilin.json("POST", "/api/v1/meetings", "wang", meeting.replace("m1", "m2")), 403);
        check("get", "/meetings/{id}", jilin.json("GET", "/api/v1/meetings/m1", "zhao", null), 200);
        check("get", "/meetings/{id}", jilin.json("GET", "/api/v1/meetings/none", "zhao", null), 404);
        check("post", "/meetings/{id}/{command}", jilin.json("POST", "/api/v1/meetings/m1/open", "convenor",
                "{\"attendance\":[{\"seat\":\"residents\",\"persons\":[\"p-wang\",\"p-zhao\"]}]}"), 200);
        check("post", "/meetings/{id}/{command}", jilin.json("POST", "/api/v1/meetings/m1/vote", "convenor",
                "{\"item\":\"noise\",\"voter\":\"p-nobody\",\"choice\":\"for\"}"), 409);
        check("post", "/meetings/{id}/{command}", jilin.json("POST", "/api/v1/meetings/m1/vote", "convenor",
                "{\"item\":\"noise\",\"voter\":\"p-wang\",\"choice\":\"maybe\"}"), 400);
        check("post", "/meetings/{id}/{command}", jilin.json("POST", "/api/v1/meetings/m1/close", "wang",
                "{\"minutes\":\"x\"}"), 403);
        check("post", "/meetings/{id}/{command}", jilin.json("POST", "/api/v1/meetings/none/close", "convenor",
                "{\"minutes\":\"x\"}"), 404);
    }

    @Test
    void everyServiceAnswerMatchesItsOperationsSchema() throws Exception {
        check("post", "/service/{command}", jilin.json("POST", "/api/v1/service/report-in", "zhao",
                "{\"member\":\"p-zhao\"}"), 200);
        check("post", "/service/{command}", jilin.json("POST", "/api/v1/service/report-in", "zhao",
                "{\"member\":\"p-zhao\"}"), 409);
        check("post", "/service/{command}", jilin.json("POST", "/api/v1/service/confirm-report-in", "zhao",
                "{\"member\":\"p-zhao\",\"certificate\":\"c-1\"}"), 403);
        check("post", "/service/{command}", jilin.json("POST", "/api/v1/service/confirm-report-in", "convenor",
                "{\"member\":\"p-zhao\"}"), 400);
        check("post", "/service/{command}", jilin.json("POST", "/api/v1/service/teleport", "zhao", "{}"), 404);
        check("post", "/service/{command}", jilin.json("POST", "/api/v1/service/report-in", null, "{}"), 401);
        check("get", "/service", jilin.json("GET", "/api/v1/service?id=report-in/member/p-zhao/2023", "zhao", null),
                200);
        check("get", "/service", jilin.json("GET", "/api/v1/service?id=wish/none", "zhao", null), 404);
        check("get", "/service", jilin.json("GET", "/api/v1/service", "zhao", null), 400);
        check("get", "/service/rates", jilin.json("GET", "/api/v1/service/rates?area=维北社区&year=2023", "zhao",
                null), 200);
        check("get", "/service/rates", jilin.json("GET", "/api/v1/service/rates?unit=cy-education&year=2023", "zhao",
                null), 200);
        check("get", "/service/rates", jilin.json("GET", "/api/v1/service/rates?year=soon", "zhao", null), 400);
    }

    /** Checks an answer against the description and returns its body. */
    private static String check(String method, String path, HttpResponse<String> r, int expected) throws Exception {
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(expected);
        JsonNode response = resolve(spec.at("/paths/" + path.replace("/", "~1") + "/" + method + "/responses/"
                + r.statusCode()));
        assertThat(response.isMissingNode()).as("%s %s documents %s", method, path, r.statusCode()).isFalse();
        JsonNode schema = response.at("/content/application~1json/schema");
        List<String> problems = new ArrayList<>();
        validate(schema, JSON.readTree(r.body()), "$", problems);
        assertThat(problems).as(method + " " + path + " " + r.statusCode()).isEmpty();
        return r.body();
    }

    private static JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            node = spec.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static void validate(JsonNode schema, JsonNode value, String at, List<String> problems) {
        schema = resolve(schema);
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(s -> validate(s, value, at, problems));
        }
        String type = schema.path("type").asText("");
        boolean ok = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!ok) {
            problems.add(at + " is not " + type + ": " + value);
            return;
        }
        if (schema.has("enum") && value.isTextual()) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(e -> allowed.add(e.asText()));
            if (!allowed.contains(value.asText())) {
                problems.add(at + " = " + value + " is not one of " + allowed);
            }
        }
        schema.path("required").forEach(f -> {
            if (!value.has(f.asText())) {
                problems.add(at + " lacks " + f.asText());
            }
        });
        schema.path("properties").fields().forEachRemaining(p -> {
            if (value.has(p.getKey())) {
                validate(p.getValue(), value.get(p.getKey()), at + "." + p.getKey(), problems);
            }
        });
        if (schema.has("items") && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                validate(schema.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
    }
}
