package org.gridgov.server.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.city.City;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.metrics.Period;
import org.gridgov.report.TimelineText;
import org.gridgov.server.api.EngineRoutes;
import org.gridgov.server.city.ServedCity;

/**
 * What the page shows, computed from the open cases at the server clock's instant. The tree lists every street
 * and, below it, only the communities and grids that have open cases, so the answer grows with the open cases,
 * not with the city. Overdue means past the round's first resolve deadline ({@link #firstLimit}). Lists are capped at {@link #MAX_ROWS}; the ranking is cached until the next change.
 */
final class DashboardData {
    static final int MAX_ROWS = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LevelId STREET = new LevelId("street");

    private final ServedCity served;
    /** The city's streets in tree order: the tree's first level, fixed for the server's life. */
    private final List<JurisdictionNode> streets;
    private static final long RANK_EVERY_NANOS = 3_000_000_000L;
    private long rankedAt = -1;
    private long rankedNanos;
    private ObjectNode ranking;

    DashboardData(ServedCity served) {
        this.served = served;
        Jurisdiction j = served.city().jurisdiction();
        this.streets = j.subtree(j.root().id()).stream().filter(s -> s.level().id().equals(STREET)).toList();
    }

    synchronized ObjectNode snapshot(Locale locale) {
        City city = served.city();
        Instant now = served.now();
        long changes = served.changes();
        List<Issue> open = served.governance().openIssuesUnder(city.jurisdiction().root().id());
        ObjectNode n = JSON.createObjectNode();
        n.put("city", city.name().in(locale)).put("now", now.toString()).put("changes", changes);
        n.put("local", now.atZone(city.zone()).toLocalDateTime().withNano(0).toString());
        Map<IssueId, Instant> limits = new HashMap<>();
        open.forEach(i -> firstLimit(i).ifPresent(d -> limits.put(i.id(), d)));
        List<Issue> overdue = open.stream().filter(i -> limits.containsKey(i.id()) && now.isAfter(limits.get(i.id())))
                .sorted(Comparator.comparing(i -> limits.get(i.id()))).toList();
        List<Issue> escalated = open.stream().filter(i -> i.escalationLevel() > 0)
                .sorted(Comparator.comparing(Issue::lastEventAt).reversed()).toList();
        ObjectNode counts = n.putObject("counts");
        counts.put("open", open.size()).put("overdue", overdue.size()).put("escalated", escalated.size());
        tree(n.putArray("tree"), open, overdue, city, locale);
        cases(n.putArray("overdue"), overdue, limits, city, locale);
        cases(n.putArray("escalated"), escalated, limits, city, locale);
        counts.put("reportIns", reportIns(n.putArray("reportIns"), open, city, locale, now));
        n.set("ranking", ranking(city, now, changes));
        return n;
    }

    /**
     * The first resolve deadline of the case's current round: a case is overdue (超期) once past it, even when an
     * escalation then gave the new owner a limit of its own.
     */
    static java.util.Optional<Instant> firstLimit(Issue issue) {
        Instant first = null;
        for (IssueEvent e : issue.timeline()) {
            if (e instanceof IssueEvent.Reopened) {
                first = null;
            } else if (first == null && e instanceof IssueEvent.DeadlineSet d
                    && d.kind().equals(DeadlineKind.RESOLVE.key())) {
                first = d.due();
            }
        }
        return java.util.Optional.ofNullable(first);
    }

    private void tree(ArrayNode out, List<Issue> open, List<Issue> overdue, City city, Locale locale) {
        Jurisdiction j = city.jurisdiction();
        Map<String, int[]> counts = new HashMap<>();
        for (Issue i : open) {
            for (JurisdictionNode node : j.path(i.facts().location())) {
                counts.computeIfAbsent(node.id().value(), k -> new int[2])[0]++;
            }
        }
        for (Issue i : overdue) {
            for (JurisdictionNode node : j.path(i.facts().location())) {
                counts.get(node.id().value())[1]++;
            }
        }
        for (JurisdictionNode street : streets) {
            node(out.addObject(), street, counts, j, locale, 0);
        }
    }

    private static void node(ObjectNode n, JurisdictionNode node, Map<String, int[]> counts, Jurisdiction j,
                             Locale locale, int depth) {
        int[] c = counts.getOrDefault(node.id().value(), new int[2]);
        n.put("id", node.id().value()).put("name", node.name().in(locale)).put("open", c[0]).put("overdue", c[1]);
        if (c[0] == 0 || depth >= 2) {
            return;
        }
        ArrayNode children = n.putArray("children");
        for (JurisdictionNode child : j.children(node.id())) {
            if (counts.containsKey(child.id().value())) {
                node(children.addObject(), child, counts, j, locale, depth + 1);
            }
        }
    }

    private static void cases(ArrayNode out, List<Issue> issues, Map<IssueId, Instant> limits, City city,
                              Locale locale) {
        for (Issue i : issues.subList(0, Math.min(MAX_ROWS, issues.size()))) {
            ObjectNode c = out.addObject().put("id", i.id().value())
                    .put("where", city.jurisdiction().node(i.facts().location()).name().in(locale))
                    .put("owner", i.owner().map(o -> TimelineText.owner(o, city, locale)).orElse(""))
                    .put("level", i.escalationLevel());
            city.categories().find(i.facts().category()).ifPresent(cat -> c.put("category", cat.name().in(locale)));
            java.util.Optional.ofNullable(limits.get(i.id())).ifPresent(d -> c.put("due", local(d, city)));
            c.put("why", why(i, city, locale));
        }
    }

    /** The case's last escalation, supervision or warning, as the timeline explains it. */
    private static String why(Issue issue, City city, Locale locale) {
        List<IssueEvent> timeline = issue.timeline();
        for (int k = timeline.size() - 1; k >= 0; k--) {
            IssueEvent e = timeline.get(k);
            if (e instanceof IssueEvent.Escalated || e instanceof IssueEvent.Supervised || e instanceof IssueEvent.Warned) {
                return TimelineText.line(e, city, locale);
            }
        }
        return TimelineText.line(timeline.get(timeline.size() - 1), city, locale);
    }

    private static int reportIns(ArrayNode out, List<Issue> open, City city, Locale locale, Instant now) {
        int pending = 0;
        for (Issue i : open) {
            for (var p : i.participants()) {
                if (p.checkedIn() || p.missed()) {
                    continue;
                }
                pending++;
                if (out.size() < MAX_ROWS) {
                    ObjectNode r = out.addObject().put("issue", i.id().value()).put("organization",
                            city.organizations().find(p.organization()).map(o -> o.name().in(locale))
                                    .orElse(p.organization().value()));
                    p.reportInBy().ifPresent(d -> r.put("by", local(d, city)).put("late", now.isAfter(d)));
                }
            }
        }
        return pending;
    }

    private ObjectNode ranking(City city, Instant now, long changes) {
        // Ranking a month is the costly part: at most once per change, and not more often than every few seconds.
        boolean stale = changes != rankedAt && System.nanoTime() - rankedNanos > RANK_EVERY_NANOS;
        if (ranking == null || stale) {
            rankedNanos = System.nanoTime();
            YearMonth month = YearMonth.from(now.atZone(city.zone()));
            ranking = EngineRoutes.rankingJson(served.engine().evaluate(Period.month(month, city.zone()), STREET));
            rankedAt = changes;
        }
        return ranking;
    }

    private static String local(Instant at, City city) {
        return at.atZone(city.zone()).toLocalDateTime().withSecond(0).withNano(0).toString();
    }
}
