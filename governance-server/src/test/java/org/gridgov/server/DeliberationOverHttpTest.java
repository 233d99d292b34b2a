package org.gridgov.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.server.http.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 吉林's 小板凳议事会 over HTTP, as the seed report's opening scene: a grid worker proposes the renovation-noise
 * item, the convenor (维北社区党委) tables it and calls the meeting, the residents on their benches vote, the
 * resolution becomes a case for the residents' committee, the meeting closes. Each step is refused to whoever
 * may not take it (no token 401, a resident tabling 403) and when the lifecycle says no (a vote by someone with
 * no seat, 409 with the engine's code); malformed bodies are 400 naming the field.
 */
class DeliberationOverHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ITEM = "装修噪音";

    @TempDir
    static Path dir;
    static JilinServer jilin;

    @BeforeAll
    static void start() throws Exception {
        City city = JilinServer.city();
        Actor gridLeader = Parties.named(city, "grid-leader@220202004001-G01", JilinServer.START).orElseThrow();
        Actor convenor = Parties.organization(city, new OrganizationId("weibei-party"), JilinServer.START)
                .orElseThrow();
        jilin = new JilinServer(dir, Map.of("grid", gridLeader, "convenor", convenor,
                "wang", Actor.resident(new PersonId("p-wang"))), Limits.standard());
    }

    @AfterAll
    static void stop() {
        jilin.close();
    }

    @Test
    void aSmallBenchMeetingFromProposalToResolution() throws Exception {
        String proposal = "{\"id\":\"" + ITEM + "\",\"title\":\"楼上装修午休时间施工\",\"text\":\"我们楼上装修，大晌午的还施工，"
                + "电话13804325678\",\"category\":\"environment.noise\",\"location\":\"维北社区1号楼\","
                + "\"proposer\":\"grid-worker\"}";
        assertThat(post("/items", null, proposal).statusCode()).isEqualTo(401);
        HttpResponse<String> proposed = post("/items", "grid", proposal);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode item = JSON.readTree(proposed.body()).get("item");
        assertThat(item.get("status").asText()).isEqualTo("proposed");
        assertThat(item.get("text").asText()).as("numbers in residents' words are masked").contains("138****5678")
                .doesNotContain("13804325678");
        assertThat(proposed.body()).doesNotContain("13804325678");
        assertThat(post("/items", "grid", proposal).statusCode()).as("the same id twice").isEqualTo(409);

        assertThat(post(itemPath("table"), "wang", "{\"body\":\"weibei-small-bench\"}").statusCode())
                .as("a resident does not table items").isEqualTo(403);
        assertThat(post(itemPath("table"), "convenor", "{\"body\":\"no-such-body\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> tabled = post(itemPath("table"), "convenor", "{\"body\":\"weibei-small-bench\"}");
        assertThat(tabled.statusCode()).as(tabled.body()).isEqualTo(200);
        assertThat(JSON.readTree(tabled.body()).at("/item/status").asText()).isEqualTo("tabled");

        String when = JilinServer.START.plus(Duration.ofMinutes(10)).toString();
        HttpResponse<String> called = post("/meetings", "convenor", "{\"id\":\"0615\",\"body\":\"weibei-small-bench\","
                + "\"when\":\"" + when + "\",\"agenda\":[\"" + ITEM + "\"]}");
        assertThat(called.statusCode()).as(called.body()).isEqualTo(201);
        assertThat(JSON.readTree(called.body()).at("/meeting/agenda/0").asText()).isEqualTo(ITEM);

        jilin.clock.advance(Duration.ofMinutes(10));
        assertThat(post("/meetings/0615/open", "convenor", "{\"attendance\":[{\"seat\":\"residents\","
                + "\"presence\":\"present\"}]}").statusCode()).as("present without persons").isEqualTo(400);
        HttpResponse<String> opened = post("/meetings/0615/open", "convenor", "{\"attendance\":["
                + "{\"seat\":\"grid-leader\",\"persons\":[\"p-zhou\"]},"
                + "{\"seat\":\"residents\",\"persons\":[\"p-wang\",\"p-zhao\",\"p-liu\",\"p-huang\"]}]}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(JSON.readTree(opened.body()).at("/meeting/status").asText()).isEqualTo("in-session");

        jilin.clock.advance(Duration.ofMinutes(20));
        for (String voter : new String[] {"p-wang", "p-zhao", "p-liu", "p-huang"}) {
            HttpResponse<String> v = post("/meetings/0615/vote", "convenor", "{\"item\":\"" + ITEM + "\",\"voter\":\""
                    + voter + "\",\"choice\":\"for\"}");
            assertThat(v.statusCode()).as(v.body()).isEqualTo(200);
        }
        HttpResponse<String> stranger = post("/meetings/0615/vote", "convenor", "{\"item\":\"" + ITEM
                + "\",\"voter\":\"p-nobody\",\"choice\":\"for\"}");
        assertThat(stranger.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stranger.body()).at("/error/code").asText()).isEqualTo("not-a-member");

        jilin.clock.advance(Duration.ofMinutes(5));
        HttpResponse<String> decided = post("/meetings/0615/decide", "convenor", "{\"item\":\"" + ITEM + "\","
                + "\"resolution\":\"请物业协调装修户，施工避开午休时段\",\"tasks\":[{\"text\":\"协调装修户调整施工时间\","
                + "\"category\":\"environment.noise\",\"location\":\"维北社区1号楼\"}]}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(decided.body());
        assertThat(answer.at("/item/status").asText()).as("decided, its task in hand").isEqualTo("in-hand");
        assertThat(answer.at("/item/tally/carried").asBoolean()).isTrue();
        assertThat(answer.at("/item/tally/for").asInt()).isEqualTo(4);
        assertThat(answer.get("tasks")).hasSize(1);
        JsonNode task = JSON.readTree(jilin.json("GET", "/api/v1/issues/" + answer.at("/tasks/0").asText(), "convenor",
                null).body());
        assertThat(task.get("owner").asText()).isEqualTo("维北社区居民委员会");

        assertThat(post("/meetings/0615/close", "convenor", "{\"minutes\":\"装修噪音议定\"}").statusCode())
                .isEqualTo(200);
        JsonNode meeting = JSON.readTree(jilin.json("GET", "/api/v1/meetings/0615", "wang", null).body());
        assertThat(meeting.get("status").asText()).isEqualTo("closed");
        assertThat(meeting.get("timeline").get(0).get("type").asText()).isEqualTo("MeetingCalled");
        JsonNode listed = JSON.readTree(jilin.json("GET", "/api/v1/items?under=维北社区", "wang", null).body());
        assertThat(listed).extracting(n -> n.get("id").asText()).containsExactly(ITEM);
        assertThat(JSON.readTree(jilin.json("GET", "/api/v1/items?under=220283", "wang", null).body())).isEmpty();
    }

    @Test
    void unknownThingsAndMalformedBodiesAreNamed() throws Exception {
        assertThat(jilin.json("GET", "/api/v1/items/nope", "wang", null).statusCode()).isEqualTo(404);
        assertThat(jilin.json("GET", "/api/v1/meetings/nope", "wang", null).statusCode()).isEqualTo(404);
        assertThat(post("/items/nope/table", "convenor", "{\"body\":\"weibei-small-bench\"}").statusCode())
                .isEqualTo(404);
        HttpResponse<String> noSuchCommand = post("/meetings/0615/adjourn", "convenor", "{}");
        assertThat(noSuchCommand.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(noSuchCommand.body()).at("/error/code").asText()).isEqualTo("unknown-command");
        HttpResponse<String> badProposer = post("/items", "grid", "{\"id\":\"x\",\"title\":\"t\",\"text\":\"t\","
                + "\"category\":\"environment.noise\",\"location\":\"维北社区\",\"proposer\":\"mayor\"}");
        assertThat(badProposer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badProposer.body()).at("/error/code").asText()).isEqualTo("bad-proposer");
        HttpResponse<String> badTask = post("/items", "grid", "{\"id\":\"y\",\"title\":\"t\",\"text\":\"t\","
                + "\"category\":\"environment.noise\",\"location\":\"维北社区\",\"proposer\":\"resident\","
                + "\"households\":-1}");
        assertThat(JSON.readTree(badTask.body()).at("/error/code").asText()).isEqualTo("bad-households");
    }

    private static String itemPath(String command) {
        return "/items/" + URLEncoder.encode(ITEM, StandardCharsets.UTF_8) + "/" + command;
    }

    private static HttpResponse<String> post(String path, String token, String body) throws Exception {
        return jilin.json("POST", "/api/v1" + path, token, body);
    }
}
