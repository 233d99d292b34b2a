package org.gridgov.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a route answers: a whole body, or a stream it writes itself (server-sent events). */
public sealed interface Response {
    /** The HTTP status. */
    int status();

    /**
     * A whole body.
     *
     * @param status  the HTTP status
     * @param type    the content type, with its charset
     * @param body    the bytes
     * @param headers further headers
     */
    record Whole(int status, String type, byte[] body, Map<String, String> headers) implements Response {
        public Whole {
            headers = Map.copyOf(headers);
        }
    }

    /**
     * A body written as it comes, until the writer returns or the client goes away.
     *
     * @param type   the content type
     * @param writer writes the stream; an {@link IOException} ends it
     */
    record Streamed(String type, StreamWriter writer) implements Response {
        @Override
        public int status() {
            return 200;
        }
    }

    /** Writes a streamed body while {@code open} says the server is not stopping. */
    @FunctionalInterface
    interface StreamWriter {
        void write(OutputStream out, java.util.function.BooleanSupplier open) throws IOException;
    }

    /** JSON text. */
    static Response json(int status, String json) {
        return new Whole(status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** XML text. */
    static Response xml(int status, String xml) {
        return new Whole(status, "text/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Any text. */
    static Response text(int status, String type, String text) {
        return new Whole(status, type + "; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
