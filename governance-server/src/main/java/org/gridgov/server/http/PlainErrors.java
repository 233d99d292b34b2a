package org.gridgov.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The engine API's error body: {@code {"error": {"code", "status", "message": {"zh", "en"}}}}. */
public final class PlainErrors {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Writes a failure as the engine API's JSON object. */
    public static final ErrorFormat JSON_FORMAT = (request, failure) -> Response.json(failure.status(), body(failure));

    private PlainErrors() {
    }

    /** The JSON text of a failure. */
    public static String body(HttpFailure failure) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", failure.code());
        error.put("status", failure.status());
        ObjectNode message = error.putObject("message");
        message.put("zh", failure.text().zh());
        message.put("en", failure.text().en());
        return root.toString();
    }
}
