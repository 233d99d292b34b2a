package org.gridgov.server.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as a route sees it: already read in full within the size limit.
 *
 * @param method  {@code GET}, {@code POST}, …
 * @param path    the path without the query, decoded
 * @param params  the query's and (for a form post) the body's parameters, decoded, in order
 * @param headers the headers, names in lower case
 * @param body    the body's bytes, empty for none
 * @param vars    the path's variables, by the names the route gave them
 */
public record Request(String method, String path, Map<String, List<String>> params, Map<String, List<String>> headers,
                      byte[] body, Map<String, String> vars) {
    public Request {
        params = Map.copyOf(params);
        headers = Map.copyOf(headers);
        vars = Map.copyOf(vars);
    }

    /** The first value of a parameter, if given and not blank. */
    public Optional<String> param(String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank()
                ? Optional.empty() : Optional.of(values.get(0).strip());
    }

    /** The first value of a header, if given. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A path variable the route named. */
    public String var(String name) {
        String value = vars.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no variable " + name);
        }
        return value;
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The same request with the route's path variables. */
    Request withVars(Map<String, String> found) {
        return new Request(method, path, params, headers, body, found);
    }
}
