package org.gridgov.server.open311;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gridgov.issue.Issue;
import org.gridgov.server.city.ServedCity;
import org.gridgov.server.http.HttpFailure;
import org.gridgov.server.http.Request;
import org.gridgov.server.http.Route;
import org.gridgov.server.http.Routes;

/**
 * GeoReport v2 under {@code /open311/v2}: {@code services}, {@code services/{code}}, {@code requests} (GET with
 * the standard filters, POST), {@code requests/{id}} and {@code tokens/{token}}, each {@code .json} or
 * {@code .xml}. {@code GET requests} without dates gives the last 90 days, newest first, at most 1,000.
 */
public final class Open311Routes {
    /** Where the routes live. */
    public static final String PREFIX = "/open311/v2";
    static final int MAX_REQUESTS = 1000;
    static final int MAX_IDS = 100;

    private Open311Routes() {
    }

    /** Adds the routes of a city to a server's routes. */
    public static void add(Routes routes, ServedCity served) {
        routes.family(PREFIX, Open311Errors.FORMAT);
        routes.get(PREFIX + "/services.{format}", Open311Errors.FORMAT, checked(served,
                r -> Tree.answer(r, 200, Services.list(served.city()), "services", "service")));
        routes.get(PREFIX + "/services/{code}.{format}", Open311Errors.FORMAT, checked(served,
                r -> Tree.answerOne(r, 200, Services.definition(served.city(), r.var("code")), "service_definition")));
        routes.post(PREFIX + "/requests.{format}", Open311Errors.FORMAT, checked(served,
                r -> Tree.answer(r, 201, Intake.report(r, served), "service_requests", "request")));
        routes.get(PREFIX + "/requests.{format}", Open311Errors.FORMAT, checked(served,
                r -> Tree.answer(r, 200, search(r, served), "service_requests", "request")));
        routes.get(PREFIX + "/requests/{id}.{format}", Open311Errors.FORMAT, checked(served, r -> {
            Issue issue = served.issue(r.var("id")).orElseThrow(() -> HttpFailure.notFound("unknown-request",
                    "没有这个诉求", "no such service request"));
            ArrayNode out = Tree.list();
            RequestView.write(out.addObject(), issue, served.city());
            return Tree.answer(r, 200, out, "service_requests", "request");
        }));
        routes.get(PREFIX + "/tokens/{token}.{format}", Open311Errors.FORMAT, checked(served, r -> {
            String id = Tokens.issueOf(r.var("token")).filter(i -> served.issue(i).isPresent()).orElseThrow(() ->
                    HttpFailure.notFound("unknown-token", "没有这个令牌", "no such token"));
            ArrayNode out = Tree.list();
            out.addObject().put("service_request_id", id).put("token", r.var("token"));
            return Tree.answer(r, 200, out, "service_requests", "request");
        }));
    }

    /** What every GeoReport route checks first: the format (json or xml) and, if given, the jurisdiction. */
    private static Route.Handler checked(ServedCity served, Route.Handler handler) {
        return r -> {
            Tree.format(r);
            JurisdictionCheck.check(r, served.city());
            return handler.handle(r);
        };
    }

    private static ArrayNode search(Request r, ServedCity served) {
        ArrayNode out = Tree.list();
        Optional<String> ids = r.param("service_request_id");
        Stream<Issue> found;
        if (ids.isPresent()) {
            List<String> wanted = split(ids.get());
            if (wanted.size() > MAX_IDS) {
                throw HttpFailure.badField("service_request_id", "最多 " + MAX_IDS + " 个", "at most " + MAX_IDS);
            }
            found = wanted.stream().map(served::issue).flatMap(Optional::stream);
        } else {
            found = served.governance().issues().stream().filter(filters(r, served));
        }
        found.sorted(Comparator.comparing((Issue i) -> i.timeline().get(0).at()).reversed()
                        .thenComparing(i -> i.id().value()))
                .limit(MAX_REQUESTS).forEach(i -> RequestView.write(out.addObject(), i, served.city()));
        return out;
    }

    private static Predicate<Issue> filters(Request r, ServedCity served) {
        Optional<Instant> start = r.param("start_date").map(d -> instant("start_date", d));
        Optional<Instant> end = r.param("end_date").map(d -> instant("end_date", d));
        Instant until = end.orElse(Instant.MAX);
        Instant from = start.orElse((end.orElse(served.now())).minus(Duration.ofDays(90)));
        Set<String> codes = r.param("service_code").map(c -> Set.copyOf(split(c))).orElse(Set.of());
        Set<String> statuses = r.param("status").map(s -> Set.copyOf(split(s))).orElse(Set.of());
        if (!Set.of("open", "closed").containsAll(statuses)) {
            throw HttpFailure.badField("status", "应为 open 或 closed", "is open or closed");
        }
        return i -> {
            Instant at = i.timeline().get(0).at();
            return !at.isBefore(from) && at.isBefore(until)
                    && (codes.isEmpty() || codes.contains(i.facts().category().value()))
                    && (statuses.isEmpty() || statuses.contains(i.status().isOpen() ? "open" : "closed"));
        };
    }

    private static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw HttpFailure.badField(field, "应为 W3C 时间，如 2023-06-15T10:00:00+08:00",
                        "is a W3C date-time such as 2023-06-15T10:00:00+08:00");
            }
        }
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }
}
