package org.gridgov.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.server.http.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * 吉林's 在职党员进社区报到 over HTTP, as the seed report tells it: 赵明 reports in online to 维北社区, the community
 * party committee confirms him in person with the bureau's certificate, publishes 王秀兰's micro-wish, he claims it
 * and serves, and the service counts only once the committee verified it with her. Then a menu order
 * (居民点单、社区派单、党员接单), which needs a member who reported in, so it runs second. Each step refused to whoever
 * may not take it, and out of order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceOverHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static JilinServer jilin;

    @BeforeAll
    static void start() throws Exception {
        City city = JilinServer.city();
        Actor committee = Parties.organization(city, new OrganizationId("weibei-party"), JilinServer.START)
                .orElseThrow();
        jilin = new JilinServer(dir, Map.of("committee", committee, "zhao", Actor.resident(new PersonId("p-zhao")),
                "wang", Actor.resident(new PersonId("p-wang"))), Limits.standard());
    }

    @AfterAll
    static void stop() {
        jilin.close();
    }

    @Test
    @Order(1)
    void aMemberReportsInClaimsAWishAndTheServiceCountsOnceBorneOut() throws Exception {
        assertThat(post("report-in", null, "{\"member\":\"p-zhao\"}").statusCode()).isEqualTo(401);
        HttpResponse<String> forSomeoneElse = post("report-in", "wang", "{\"member\":\"p-zhao\"}");
        assertThat(forSomeoneElse.statusCode()).as("nobody reports in for someone else: " + forSomeoneElse.body())
                .isEqualTo(403);
        HttpResponse<String> registered = post("report-in", "zhao", "{\"member\":\"p-zhao\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        JsonNode r = JSON.readTree(registered.body());
        assertThat(r.get("id").asText()).isEqualTo("report-in/member/p-zhao/2023");
        assertThat(r.at("/events/0/type").asText()).isEqualTo("ReportInRegistered");
        assertThat(r.at("/events/0/community").asText()).as("where he lives").isEqualTo("220202004001");

        assertThat(post("confirm-report-in", "zhao", "{\"member\":\"p-zhao\",\"certificate\":\"昌邑区教育局报到证2023-017\"}")
                .statusCode()).as("a member does not confirm himself").isEqualTo(403);
        assertThat(post("confirm-report-in", "committee", "{\"member\":\"p-zhao\",\"certificate\":\"昌邑区教育局报到证"
                + "2023-017\"}").statusCode()).isEqualTo(200);

        assertThat(post("publish-wish", "committee", "{\"id\":\"血压计\",\"community\":\"维北社区\",\"beneficiary\":"
                + "\"p-wang\",\"text\":\"想要一个电子血压计\"}").statusCode()).isEqualTo(200);
        assertThat(post("claim-wish", "zhao", "{\"id\":\"血压计\",\"member\":\"p-zhao\"}").statusCode()).isEqualTo(200);

        jilin.clock.advance(Duration.ofDays(2));
        Instant now = jilin.clock.instant();
        String record = "{\"id\":\"送血压计\",\"member\":\"p-zhao\",\"what\":\"送去血压计并教会使用\",\"from\":\""
                + now.minus(Duration.ofHours(2)) + "\",\"until\":\"" + now.minus(Duration.ofHours(1))
                + "\",\"beneficiary\":\"p-wang\",\"source\":\"wish/血压计\"}";
        assertThat(post("submit-service", "zhao", record.replace("wish/血压计", "血压计")).statusCode())
                .as("a source by its full id").isEqualTo(400);
        assertThat(post("submit-service", "zhao", record).statusCode()).isEqualTo(200);
        HttpResponse<String> early = post("confirm-service", "committee", "{\"id\":\"送血压计\"}");
        assertThat(early.statusCode()).as("not confirmed before it was borne out: " + early.body()).isEqualTo(409);
        assertThat(post("verify-service", "committee", "{\"id\":\"送血压计\",\"with\":\"王秀兰\",\"borneOut\":\"yes\"}")
                .statusCode()).as("borneOut is a boolean").isEqualTo(400);
        assertThat(post("verify-service", "committee", "{\"id\":\"送血压计\",\"with\":\"王秀兰\",\"borneOut\":true}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> confirmed = post("confirm-service", "committee", "{\"id\":\"送血压计\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);

        JsonNode wish = JSON.readTree(jilin.json("GET", "/api/v1/service?id=" + URLEncoder.encode("wish/血压计",
                StandardCharsets.UTF_8), "wang", null).body());
        assertThat(wish.get("kind").asText()).isEqualTo("wish");
        assertThat(wish.get("timeline")).extracting(e -> e.get("type").asText()).contains("WishPublished",
                "WishClaimed", "WishFulfilled");
        JsonNode rates = JSON.readTree(jilin.json("GET", "/api/v1/service/rates?area=维北社区&year=2023", "wang", null)
                .body());
        assertThat(rates.get("reported").asInt()).isEqualTo(1);
        assertThat(rates.get("serviceRate").asDouble()).isEqualTo(1.0);
        assertThat(rates.toString()).as("members counted, not listed").doesNotContain("p-zhao");
    }

    @Test
    @Order(2)
    void aMenuOrderIsPlacedByTheResidentDispatchedByTheCommunityAndTakenByTheMember() throws Exception {
        HttpResponse<String> placed = post("place-order", "wang", "{\"id\":\"理发\",\"community\":\"维北社区\","
                + "\"resident\":\"p-wang\",\"menuItem\":\"上门理发\"}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(post("take-order", "zhao", "{\"id\":\"理发\",\"member\":\"p-zhao\"}").statusCode())
                .as("taken only once dispatched").isEqualTo(409);
        assertThat(post("dispatch-order", "wang", "{\"id\":\"理发\",\"member\":\"p-zhao\"}").statusCode())
                .as("the community dispatches, not the resident").isEqualTo(403);
        HttpResponse<String> dispatched = post("dispatch-order", "committee", "{\"id\":\"理发\",\"member\":\"p-zhao\"}");
        assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(200);
        HttpResponse<String> taken = post("take-order", "zhao", "{\"id\":\"理发\",\"member\":\"p-zhao\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(JSON.readTree(taken.body()).get("timeline")).hasSize(3);
    }

    @Test
    void unknownCommandsTimelinesAndFieldsAreNamed() throws Exception {
        HttpResponse<String> unknown = post("teleport", "zhao", "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).at("/error/code").asText()).isEqualTo("unknown-command");
        assertThat(jilin.json("GET", "/api/v1/service?id=wish/none", "wang", null).statusCode()).isEqualTo(404);
        assertThat(jilin.json("GET", "/api/v1/service", "wang", null).statusCode()).isEqualTo(400);
        HttpResponse<String> both = post("report-in", "zhao", "{\"member\":\"p-zhao\",\"unit\":\"cy-education\"}");
        assertThat(JSON.readTree(both.body()).at("/error/code").asText()).isEqualTo("bad-member");
        HttpResponse<String> misspelt = post("claim-wish", "zhao", "{\"id\":\"x\",\"membr\":\"p-zhao\"}");
        assertThat(JSON.readTree(misspelt.body()).at("/error/code").asText()).isEqualTo("bad-membr");
        assertThat(jilin.json("GET", "/api/v1/service/rates?year=MMXXIII", "wang", null).statusCode()).isEqualTo(400);
        assertThat(jilin.json("GET", "/api/v1/service/rates?unit=nope", "wang", null).statusCode()).isEqualTo(400);
    }

    private static HttpResponse<String> post(String command, String token, String body) throws Exception {
        return jilin.json("POST", "/api/v1/service/" + command, token, body);
    }
}
