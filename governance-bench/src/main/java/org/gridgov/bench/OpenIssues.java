package org.gridgov.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Outcome;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.store.InMemoryEventStore;

/**
 * Builds a store of open issues without routing each one (so that building a million takes seconds, not
 * minutes): reported at a grid, routed to the grid, taken on, with a resolve deadline and its two warnings — the
 * typical six-event timeline of an open case. The first {@code due} issues fall due an hour after the start, the
 * rest a month later.
 */
final class OpenIssues {
    static final Instant START = Instant.parse("2024-05-06T01:00:00Z");
    static final Instant SOON = START.plus(Duration.ofHours(1));

    private OpenIssues() {
    }

    static InMemoryEventStore build(City city, int open, int due) {
        List<JurisdictionNode> grids = city.jurisdiction().subtree(city.jurisdiction().root().id()).stream()
                .filter(n -> n.level().kind() == LevelKind.GRID).toList();
        List<CategoryId> categories = city.categories().all().stream()
                .filter(c -> city.categories().children(c.id()).isEmpty()).map(c -> c.id()).toList();
        ChannelId channel = city.channels().get(0).id();
        Actor actor = Actor.system("bench", Bilingual.of("基准", "benchmark"));
        Bilingual reason = Bilingual.of("基准派单", "benchmark routing");
        InMemoryEventStore store = new InMemoryEventStore();
        Instant later = START.plus(Duration.ofDays(30));
        for (int i = 0; i < open; i++) {
            JurisdictionNode grid = grids.get(i % grids.size());
            IssueId id = new IssueId(String.format("b-%07d", i));
            Instant resolveBy = i < due ? SOON : later;
            List<IssueEvent> events = new ArrayList<>(6);
            Issue issue = add(Issue.report(id, IssueFacts.of(categories.get(i % categories.size()), channel, grid.id(),
                    "基准事项", Severity.LOW), actor, START), events);
            issue = add(issue.route(new Owner(grid.id(), java.util.Optional.empty(), java.util.Optional.empty()),
                    reason, actor, START), events);
            issue = add(issue.accept(actor, START), events);
            issue = add(issue.setDeadline("warn-50", START.plus(Duration.ofDays(20)), actor, START), events);
            issue = add(issue.setDeadline("warn-80", START.plus(Duration.ofDays(25)), actor, START), events);
            add(issue.setDeadline("resolve", resolveBy, actor, START), events);
            store.append(id, 0, events);
        }
        return store;
    }

    private static Issue add(Outcome outcome, List<IssueEvent> events) {
        Outcome.Accepted ok = (Outcome.Accepted) outcome;
        events.add(ok.event());
        return ok.issue();
    }
}
