package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.ENGINE;
import static org.gridgov.issue.IssueFixtures.accepted;
import static org.gridgov.issue.IssueFixtures.at;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.gridgov.escalation.DueItem;
import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFixtures;
import org.gridgov.issue.IssueId;

/** The index always answers what a full scan of the issues' current states would. */
class DeadlineIndexProperties {

    @Property(tries = 200)
    void dueItemsEqualAFullScanAfterAnyUpdates(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 999) Integer> steps,
            @ForAll @IntRange(min = 0, max = 2000) int now) {
        DeadlineIndex index = new DeadlineIndex();
        Map<IssueId, Issue> latest = new HashMap<>();
        int clock = 10;
        for (int step : steps) {
            IssueId id = new IssueId("i" + step % 7);
            Issue issue = latest.computeIfAbsent(id, k -> renamed(k));
            clock += 1;
            if (issue.status() != org.gridgov.issue.IssueStatus.CLOSED) {
                issue = step % 11 == 0 ? accepted(issue.close(Closure.WITHDRAWN, "撤回", ENGINE, at(clock)))
                        : accepted(issue.setDeadline("k" + step % 3, at(step * 2), ENGINE, at(clock)));
            }
            latest.put(id, issue);
            index.update(issue);
        }
        List<DueItem> scan = new ArrayList<>();
        latest.values().forEach(i -> DeadlineIndex.itemsOf(i).stream()
                .filter(d -> !d.due().isAfter(at(now))).forEach(scan::add));
        scan.sort(DueItem.ORDER);
        assertThat(index.dueAt(at(now))).isEqualTo(scan);
        assertThat(index.size()).isEqualTo(latest.values().stream().mapToInt(i -> DeadlineIndex.itemsOf(i).size()).sum());
    }

    /** A dispatched issue with another id. */
    private static Issue renamed(IssueId id) {
        Issue reported = accepted(Issue.report(id, IssueFixtures.noiseComplaint(), IssueFixtures.HOTLINE, at(0)));
        return accepted(reported.route(IssueFixtures.GRID_OWNER, IssueFixtures.BECAUSE, IssueFixtures.HOTLINE, at(1)));
    }
}
