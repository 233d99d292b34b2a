package org.gridgov.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Outcome;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelKind;

/**
 * A month of closed cases built straight from events (no routing), spread evenly over the city's grids: most
 * taken on within the 2-hour accept limit and resolved in time, some late, a tenth rated unsatisfied.
 */
final class ClosedIssues {
    static final Instant MONTH_START = Instant.parse("2024-04-30T16:00:00Z"); // 2024-05-01 00:00 in Asia/Shanghai

    private ClosedIssues() {
    }

    static List<Issue> build(City city, int count, long seed) {
        List<JurisdictionNode> grids = city.jurisdiction().subtree(city.jurisdiction().root().id()).stream()
                .filter(n -> n.level().kind() == LevelKind.GRID).toList();
        List<CategoryId> categories = city.categories().all().stream()
                .filter(c -> city.categories().children(c.id()).isEmpty()).map(c -> c.id()).toList();
        Actor actor = Actor.system("bench", Bilingual.of("基准", "benchmark"));
        Bilingual reason = Bilingual.of("基准派单", "benchmark routing");
        SplittableRandom r = new SplittableRandom(seed);
        List<Issue> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            JurisdictionNode grid = grids.get(r.nextInt(grids.size()));
            Instant at = MONTH_START.plus(Duration.ofMinutes(r.nextInt(30 * 24 * 60 - 24 * 60)));
            Issue issue = ok(Issue.report(new IssueId("c-" + i), IssueFacts.of(categories.get(r.nextInt(categories.size())),
                    city.channels().get(0).id(), grid.id(), "基准事项", Severity.LOW), actor, at));
            issue = ok(issue.route(new Owner(grid.id(), Optional.empty(), Optional.empty()), reason, actor, at));
            issue = ok(issue.setDeadline("resolve", at.plus(Duration.ofHours(72)), actor, at));
            Instant accepted = at.plus(Duration.ofMinutes(10 + r.nextInt(150)));
            issue = ok(issue.accept(actor, accepted));
            issue = ok(issue.resolve("已办结", actor, accepted.plus(Duration.ofHours(1 + r.nextInt(80)))));
            issue = ok(issue.rate(r.nextInt(10) == 0 ? Rating.UNSATISFIED : Rating.SATISFIED, "", actor,
                    at.plus(Duration.ofHours(90))));
            out.add(ok(issue.close(Closure.RESOLVED, "", actor, at.plus(Duration.ofHours(91)))));
        }
        return out;
    }

    private static Issue ok(Outcome o) {
        return ((Outcome.Accepted) o).issue();
    }
}
