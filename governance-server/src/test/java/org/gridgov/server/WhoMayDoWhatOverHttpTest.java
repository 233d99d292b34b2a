package org.gridgov.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.server.http.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's API decides who may do what by the city's permissions: no write (and no read) without a token; the
 * hotline reports; the people acting for the owner's community accept and resolve; a grid worker of another
 * district can do neither; a mode switch needs a command centre. Malformed commands are refused naming the field.
 */
class WhoMayDoWhatOverHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** 正阳社区 of 舒兰市's 北城街道, where the seed report's sewer case happened. */
    private static final NodeId ZHENGYANG = new NodeId("220283001002");
    /** 维北社区 of 昌邑区's 新地号街道, another district. */
    private static final NodeId WEIBEI = new NodeId("220202004001");

    @TempDir
    static Path dir;
    static JilinServer jilin;

    @BeforeAll
    static void start() throws Exception {
        City city = JilinServer.city();
        Actor owner = Parties.atNode(city, ZHENGYANG, JilinServer.START).orElseThrow();
        NodeId grid = city.jurisdiction().subtree(WEIBEI).stream().filter(n -> n.level().id().value().equals("grid"))
                .findFirst().orElseThrow().id();
        Actor elsewhere = Parties.atNode(city, grid, JilinServer.START).orElseThrow();
        jilin = new JilinServer(dir, Map.of("owner-token", owner, "elsewhere-token", elsewhere), Limits.standard());
    }

    @AfterAll
    static void stop() {
        jilin.close();
    }

    @Test
    void writesNeedATokenAndThePermissionsDecideWhatItsActorMayDo() throws Exception {
        String report = "{\"category\":\"facilities.sewer\",\"channel\":\"hotline-12345\",\"location\":\"正阳社区\","
                + "\"description\":\"下水道堵塞\",\"severity\":\"medium\"}";
        assertThat(jilin.json("POST", "/api/v1/issues", null, report).statusCode()).isEqualTo(401);
        assertThat(jilin.json("POST", "/api/v1/issues", "guess", report).statusCode()).isEqualTo(401);
        assertThat(jilin.get("/api/v1/issues").statusCode()).as("reads need a token too").isEqualTo(401);

        HttpResponse<String> reported = jilin.json("POST", "/api/v1/issues", JilinServer.HOTLINE, report);
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        JsonNode issue = JSON.readTree(reported.body());
        String id = issue.get("id").asText();
        assertThat(issue.get("ownerNode").asText()).isEqualTo(ZHENGYANG.value());
        assertThat(issue.at("/routing/zh").asText()).contains("正阳社区");

        HttpResponse<String> foreign = jilin.json("POST", "/api/v1/issues/" + id + "/accept", "elsewhere-token", null);
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);
        assertThat(JSON.readTree(foreign.body()).at("/error/code").asText()).isEqualTo("not-permitted");
        assertThat(jilin.json("POST", "/api/v1/issues/" + id + "/resolve", "elsewhere-token",
                "{\"summary\":\"已疏通\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> open = jilin.json("GET", "/api/v1/issues?under=220283", "owner-token", null);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(open.body()).contains(id);
        assertThat(jilin.json("GET", "/api/v1/issues?under=220202", "owner-token", null).body()).doesNotContain(id);

        assertThat(jilin.json("POST", "/api/v1/issues/" + id + "/accept", "owner-token", null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> resolved = jilin.json("POST", "/api/v1/issues/" + id + "/resolve", "owner-token",
                "{\"summary\":\"已疏通，联系电话13812345678\"}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(resolved.body());
        assertThat(after.get("status").asText()).isEqualTo("resolved");
        assertThat(resolved.body()).contains("138****5678").doesNotContain("13812345678");
        HttpResponse<String> again = jilin.json("POST", "/api/v1/issues/" + id + "/resolve", "owner-token",
                "{\"summary\":\"again\"}");
        assertThat(again.statusCode()).as("the lifecycle refuses").isEqualTo(409);
        assertThat(JSON.readTree(again.body()).at("/error/code").asText()).isEqualTo("wrong-status");

        HttpResponse<String> mode = jilin.json("POST", "/api/v1/modes/220283", JilinServer.HOTLINE,
                "{\"mode\":\"emergency\",\"reason\":\"暴雨\"}");
        assertThat(mode.statusCode()).as(mode.body()).isEqualTo(403);
    }

    @Test
    void malformedCommandsAreRefusedNamingTheField() throws Exception {
        String id = JSON.readTree(jilin.json("POST", "/api/v1/issues", JilinServer.HOTLINE,
                "{\"category\":\"environment.noise\",\"channel\":\"hotline-12345\",\"location\":\"220202004001\","
                        + "\"description\":\"夜间噪音\"}").body()).get("id").asText();
        String path = "/api/v1/issues/" + id;
        assertThat(code(jilin.json("POST", path + "/accept", "owner-token", "{\"sumary\":1}"))).isEqualTo("bad-sumary");
        assertThat(code(jilin.json("POST", path + "/resolve", "owner-token", "[1,2]"))).isEqualTo("bad-json");
        assertThat(code(jilin.json("POST", path + "/resolve", "owner-token", "{\"summary\":"))).isEqualTo("bad-json");
        assertThat(code(jilin.json("POST", path + "/resolve", "owner-token", "{\"summary\":7}"))).isEqualTo("bad-summary");
        assertThat(code(jilin.json("POST", path + "/explode", "owner-token", "{}"))).isEqualTo("unknown-command");
        assertThat(code(jilin.json("POST", path + "/summon", "owner-token",
                "{\"organization\":\"nobody\",\"reportIn\":\"30 分钟\"}"))).isEqualTo("bad-organization");
        assertThat(code(jilin.json("POST", "/api/v1/issues/none/accept", "owner-token", "{}"))).isEqualTo("unknown-issue");
        assertThat(code(jilin.json("POST", "/api/v1/issues", JilinServer.HOTLINE,
                "{\"category\":\"x\",\"channel\":\"hotline-12345\",\"location\":\"1\",\"description\":\"d\"}")))
                .isEqualTo("bad-category");
    }

    @Test
    void aTickRunsAtTheServersClockAndASecondTickAtTheSameInstantDoesNothing() throws Exception {
        jilin.json("POST", "/api/v1/issues", JilinServer.HOTLINE, "{\"category\":\"environment.garbage\","
                + "\"channel\":\"hotline-12345\",\"location\":\"正阳社区\",\"description\":\"垃圾未清\"}");
        jilin.clock.advance(Duration.ofDays(10));
        JsonNode first = JSON.readTree(jilin.json("POST", "/api/v1/tick", JilinServer.HOTLINE, null).body());
        JsonNode second = JSON.readTree(jilin.json("POST", "/api/v1/tick", JilinServer.HOTLINE, null).body());

        assertThat(first.get("handled")).isNotEmpty();
        assertThat(first.get("handled").get(0).get("zh").asText()).isNotBlank();
        assertThat(second.get("handled")).isEmpty();
        assertThat(second.get("now").asText()).isEqualTo(first.get("now").asText());
        assertThat(jilin.json("POST", "/api/v1/tick", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> ranking = jilin.json("GET", "/api/v1/rankings?month=2023-06&level=street",
                JilinServer.HOTLINE, null);
        assertThat(ranking.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ranking.body()).get("entries")).isNotEmpty();
        assertThat(code(jilin.json("GET", "/api/v1/rankings?level=planet", JilinServer.HOTLINE, null)))
                .isEqualTo("bad-level");
    }

    private static String code(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).at("/error/code").asText();
    }
}
