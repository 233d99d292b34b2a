package org.gridgov.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open311 GeoReport v2 against golden files: each {@code open311/NN-name.txt} holds a request (method and path, a
 * blank line, a form body) and, after {@code ---}, the status and body the server must answer, byte for byte (JSON
 * pretty-printed). They run in order against one 吉林 server on a fixed clock, so ids and times are stable; they
 * include malformed and hostile requests. Every XML answer must also parse with the JDK's own XML parser, and every
 * JSON answer with Jackson, as a client would. {@code -Dgridgov.golden.update=true} rewrites the answers (review
 * the diff!).
 */
class Open311GoldenTest {
    private static final Path DIR = Path.of("src/test/resources/org/gridgov/server/open311");
    private static final boolean UPDATE = Boolean.getBoolean("gridgov.golden.update");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    static Path dir;
    static JilinServer jilin;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        jilin = new JilinServer(dir);
    }

    @AfterAll
    static void stop() {
        jilin.close();
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenExchange() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(DIR)) {
            files = listed.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> exchange(f)));
    }

    private void exchange(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int cut = text.indexOf("\n---\n");
        String request = cut < 0 ? text : text.substring(0, cut + 1);
        String answer = answer(request);
        if (UPDATE || cut < 0) {
            Files.writeString(file, request + "---\n" + answer, StandardCharsets.UTF_8);
            return;
        }
        assertThat(answer).as(file.getFileName().toString()).isEqualTo(text.substring(cut + 5));
    }

    private String answer(String request) throws Exception {
        String[] lines = request.split("\n", -1);
        String[] first = lines[0].split(" ", 2);
        String body = lines.length > 2 ? lines[2] : "";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(jilin.base() + first[1]));
        if (first[0].equals("POST")) {
            b.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            b.method(first[0], HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String type = r.headers().firstValue("Content-Type").orElse("");
        String shown = r.body();
        if (type.startsWith("application/json")) {
            shown = JSON.writeValueAsString(JSON.readTree(r.body()));
        } else if (type.startsWith("text/xml")) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        }
        return r.statusCode() + " " + type + "\n" + shown + "\n";
    }
}
