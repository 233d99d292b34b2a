package org.gridgov.server.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One route: a method and a path pattern whose segments mix literal text and variables ({@code /requests/{id}},
 * {@code services.{format}}, {@code {id}.{format}}, which splits at the last dot).
 *
 * @param method  the HTTP method
 * @param pattern the path pattern, starting with {@code /}
 * @param handler answers a matched request
 * @param errors  how the route's family writes a failure
 */
public record Route(String method, String pattern, Handler handler, ErrorFormat errors) {
    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(errors, "errors");
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route's pattern starts with /: " + pattern);
        }
    }

    /** Answers a request; throws {@link HttpFailure} to refuse it. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request);
    }

    /** The path's variables if the path matches the pattern, whatever the method. */
    Optional<Map<String, String>> match(String path) {
        List<String> want = segments(pattern);
        List<String> got = segments(path);
        if (want.size() != got.size()) {
            return Optional.empty();
        }
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < want.size(); i++) {
            if (!segment(want.get(i), got.get(i), vars)) {
                return Optional.empty();
            }
        }
        return Optional.of(vars);
    }

    /**
     * Matches one segment: literal text and {@code {name}} variables; a variable right after a dot at the end
     * ({@code .{format}}) takes letters and digits only, so {@code {id}.{format}} splits at the last dot.
     */
    private static boolean segment(String want, String got, Map<String, String> vars) {
        if (want.indexOf('{') < 0) {
            return want.equals(got);
        }
        StringBuilder regex = new StringBuilder();
        List<String> names = new java.util.ArrayList<>();
        int i = 0;
        while (i < want.length()) {
            int open = want.indexOf('{', i);
            if (open < 0) {
                regex.append(java.util.regex.Pattern.quote(want.substring(i)));
                break;
            }
            if (open > i) {
                regex.append(java.util.regex.Pattern.quote(want.substring(i, open)));
            }
            int close = want.indexOf('}', open);
            names.add(want.substring(open + 1, close));
            boolean suffix = close == want.length() - 1 && open > 0 && want.charAt(open - 1) == '.';
            regex.append(suffix ? "([A-Za-z0-9]+)" : "(.+)");
            i = close + 1;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex.toString()).matcher(got);
        if (!m.matches()) {
            return false;
        }
        for (int g = 0; g < names.size(); g++) {
            vars.put(names.get(g), m.group(g + 1));
        }
        return true;
    }

    private static List<String> segments(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return List.of(trimmed.substring(1).split("/", -1));
    }
}
