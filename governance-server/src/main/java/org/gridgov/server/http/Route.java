package org.gridgov.server.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One route: a method and a path pattern whose segments mix literal text and variables ({@code /requests/{id}},
 * {@code services.{format}}, {@code {id}.{format}}, which splits at the last dot). The pattern is compiled once,
 * when the route is made; matching a request only runs it.
 */
public final class Route {
    private final String method;
    private final String pattern;
    private final Handler handler;
    private final ErrorFormat errors;
    private final List<Segment> segments;

    /**
     * @param method  the HTTP method
     * @param pattern the path pattern, starting with {@code /}
     * @param handler answers a matched request
     * @param errors  how the route's family writes a failure
     * @throws IllegalArgumentException if the pattern does not start with {@code /}
     */
    public Route(String method, String pattern, Handler handler, ErrorFormat errors) {
        this.method = Objects.requireNonNull(method, "method");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.errors = Objects.requireNonNull(errors, "errors");
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route's pattern starts with /: " + pattern);
        }
        this.pattern = pattern;
        this.segments = segments(pattern).stream().map(Segment::of).toList();
    }

    /** Answers a request; throws {@link HttpFailure} to refuse it. */
    @FunctionalInterface
    public interface Handler {
        Response handle(Request request);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path pattern, as given. */
    public String pattern() {
        return pattern;
    }

    /** What answers a matched request. */
    public Handler handler() {
        return handler;
    }

    /** How the route's family writes a failure. */
    public ErrorFormat errors() {
        return errors;
    }

    /** The path's variables if the path matches the pattern, whatever the method. */
    Optional<Map<String, String>> match(String path) {
        List<String> got = segments(path);
        if (segments.size() != got.size()) {
            return Optional.empty();
        }
        Map<String, String> vars = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).match(got.get(i), vars)) {
                return Optional.empty();
            }
        }
        return Optional.of(vars);
    }

    /**
     * One segment of a pattern: literal text, or a regular expression with the names of its variables. A variable
     * right after a dot at the end ({@code .{format}}) takes letters and digits only.
     */
    private record Segment(String literal, Pattern regex, List<String> names) {
        static Segment of(String want) {
            if (want.indexOf('{') < 0) {
                return new Segment(want, null, List.of());
            }
            StringBuilder regex = new StringBuilder();
            List<String> names = new ArrayList<>();
            int i = 0;
            while (i < want.length()) {
                int open = want.indexOf('{', i);
                if (open < 0) {
                    regex.append(Pattern.quote(want.substring(i)));
                    break;
                }
                if (open > i) {
                    regex.append(Pattern.quote(want.substring(i, open)));
                }
                int close = want.indexOf('}', open);
                names.add(want.substring(open + 1, close));
                boolean suffix = close == want.length() - 1 && open > 0 && want.charAt(open - 1) == '.';
                regex.append(suffix ? "([A-Za-z0-9]+)" : "(.+)");
                i = close + 1;
            }
            return new Segment(null, Pattern.compile(regex.toString()), List.copyOf(names));
        }

        boolean match(String got, Map<String, String> vars) {
            if (regex == null) {
                return literal.equals(got);
            }
            Matcher m = regex.matcher(got);
            if (!m.matches()) {
                return false;
            }
            for (int g = 0; g < names.size(); g++) {
                vars.put(names.get(g), m.group(g + 1));
            }
            return true;
        }
    }

    private static List<String> segments(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return List.of(trimmed.substring(1).split("/", -1));
    }
}
