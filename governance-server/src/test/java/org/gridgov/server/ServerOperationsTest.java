package org.gridgov.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.gridgov.server.http.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator relies on: health and readiness; a body over the limit refused unread; the access log names
 * routes and principals but holds no description, phone number or token; a stop lets a request in flight (a live
 * stream) end cleanly and refuses new ones.
 */
class ServerOperationsTest {
    @TempDir
    Path dir;

    @Test
    void healthReadinessLimitsAndALogWithoutPersonalData() throws Exception {
        Limits small = new Limits(4, 8, 1024, Duration.ofSeconds(5));
        try (JilinServer jilin = new JilinServer(dir, Map.of(), small)) {
            assertThat(jilin.get("/health").body()).contains("up");
            assertThat(jilin.get("/ready").body()).contains("ready").contains("jilin");

            String big = "api_key=" + JilinServer.HOTLINE + "&description=" + "x".repeat(2000);
            HttpResponse<String> tooLarge = jilin.form("/open311/v2/requests.json", big);
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(tooLarge.body()).contains("too-large");

            HttpResponse<String> reported = jilin.form("/open311/v2/requests.json", "api_key=" + JilinServer.HOTLINE
                    + "&service_code=facilities.sewer&address_id=220202004001&description=%E5%B5%A9%E6%B0%B413912345678"
                    + "&phone=13912345678");
            assertThat(reported.statusCode()).isEqualTo(201);
            assertThat(jilin.get("/nowhere").statusCode()).isEqualTo(404);
        }
        String log = Files.readString(Path.of("target", "server-test.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("\"route\":\"/open311/v2/requests.{format}\"").contains("\"principal\":\"hotline\"")
                .contains("\"status\":413").doesNotContain("13912345678").doesNotContain(JilinServer.HOTLINE)
                .doesNotContain("220202004001");
    }

    @Test
    void aStopEndsLiveStreamsRefusesNewRequestsAndCloses() throws Exception {
        JilinServer jilin = new JilinServer(dir);
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<String>> stream = client.sendAsync(HttpRequest.newBuilder(
                URI.create(jilin.base() + "/dashboard/events")).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        jilin.close();
        HttpResponse<String> ended = stream.get();

        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ended.body()).startsWith("retry: 2000\nevent: change\ndata: 0");
        try {
            HttpResponse<String> after = jilin.get("/health");
            assertThat(after.statusCode()).isIn(503);
        } catch (java.io.IOException refused) {
            // the port is closed: as good
        }
    }
}
