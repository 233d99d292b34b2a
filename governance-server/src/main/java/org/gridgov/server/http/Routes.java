package org.gridgov.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The server's routes in the order added; the first whose pattern and method match answers. A path that some route
 * matches with another method is a {@code 405}, one no route matches a {@code 404}, both in the format of the
 * family whose prefix the path starts with.
 */
public final class Routes {
    private final List<Route> routes = new ArrayList<>();
    private final List<Map.Entry<String, ErrorFormat>> families = new ArrayList<>();

    /** Adds a route. */
    public Routes add(Route route) {
        routes.add(route);
        return this;
    }

    /** Adds a GET route. */
    public Routes get(String pattern, ErrorFormat errors, Route.Handler handler) {
        return add(new Route("GET", pattern, handler, errors));
    }

    /** Adds a POST route. */
    public Routes post(String pattern, ErrorFormat errors, Route.Handler handler) {
        return add(new Route("POST", pattern, handler, errors));
    }

    /** Names the error format of paths under a prefix, for paths no route matches. */
    public Routes family(String prefix, ErrorFormat errors) {
        families.add(Map.entry(prefix, errors));
        return this;
    }

    /** Every route as {@code METHOD pattern}, in the order added: what an API description must cover. */
    public List<String> list() {
        return routes.stream().map(r -> r.method() + " " + r.pattern()).toList();
    }

    /** The route and the path's variables for a request, or the failure to answer. */
    Matched match(String method, String path) {
        boolean other = false;
        for (Route route : routes) {
            Optional<Map<String, String>> vars = route.match(path);
            if (vars.isPresent()) {
                if (route.method().equals(method) || ("HEAD".equals(method) && "GET".equals(route.method()))) {
                    return new Matched(route, vars.get(), null);
                }
                other = true;
            }
        }
        HttpFailure failure = other
                ? new HttpFailure(405, "method-not-allowed", "此地址不接受 " + method, "this address does not take " + method)
                : HttpFailure.notFound("not-found", "没有这个地址", "no such address");
        return new Matched(null, Map.of(), failure);
    }

    /** The error format of the family a path belongs to; plain JSON outside any. */
    ErrorFormat errorsFor(String path) {
        return families.stream().filter(f -> path.startsWith(f.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(PlainErrors.JSON_FORMAT);
    }

    /** A match: the route and its variables, or the failure. */
    record Matched(Route route, Map<String, String> vars, HttpFailure failure) {
    }
}
