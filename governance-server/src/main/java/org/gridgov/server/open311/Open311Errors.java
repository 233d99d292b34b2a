package org.gridgov.server.open311;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.gridgov.server.http.ErrorFormat;
import org.gridgov.server.http.HttpFailure;
import org.gridgov.server.http.Response;

/**
 * GeoReport's error answer: a list of errors, each with {@code code} (the HTTP status, as the specification's
 * examples have it) and {@code description}, here the stable code then the message in English and Chinese.
 */
final class Open311Errors {
    static final ErrorFormat FORMAT = (request, failure) -> {
        String format = request.vars().getOrDefault("format", "json");
        ArrayNode errors = Tree.list();
        errors.addObject().put("code", failure.status()).put("description", description(failure));
        return "xml".equals(format)
                ? Response.xml(failure.status(), Tree.xml(errors, "errors", "error"))
                : Response.json(failure.status(), errors.toString());
    };

    private Open311Errors() {
    }

    static String description(HttpFailure failure) {
        return failure.code() + ": " + failure.text().en() + " / " + failure.text().zh();
    }
}
