package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.ENGINE;
import static org.gridgov.issue.IssueFixtures.POLICE;
import static org.gridgov.issue.IssueFixtures.URBAN_MANAGEMENT;
import static org.gridgov.issue.IssueFixtures.accepted;
import static org.gridgov.issue.IssueFixtures.at;

import java.util.Optional;
import org.gridgov.escalation.DueItem;
import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueFixtures;
import org.junit.jupiter.api.Test;

class DeadlineIndexTest {

    /** Dispatched at minute 0 with an accept deadline at 60 and a resolve deadline at 600. */
    static Issue withDeadlines() {
        Issue i = IssueFixtures.dispatched();
        i = accepted(i.setDeadline("accept", at(60), ENGINE, at(1)));
        return accepted(i.setDeadline("resolve", at(600), ENGINE, at(1)));
    }

    @Test
    void onlyWhatIsDueComesOutEarliestFirst() {
        DeadlineIndex index = new DeadlineIndex();
        index.update(withDeadlines());
        assertThat(index.dueAt(at(59))).isEmpty();
        assertThat(index.dueAt(at(60))).extracting(DueItem::key).containsExactly("accept");
        assertThat(index.dueAt(at(601))).extracting(DueItem::key).containsExactly("accept", "resolve");
        assertThat(index.next()).contains(at(60));
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aReplacedDeadlineMovesAndAnAskingTwiceChangesNothing() {
        DeadlineIndex index = new DeadlineIndex();
        Issue issue = withDeadlines();
        index.update(issue);
        index.update(accepted(issue.setDeadline("accept", at(120), ENGINE, at(2))));
        assertThat(index.dueAt(at(60))).isEmpty();
        assertThat(index.dueAt(at(120))).extracting(DueItem::due).containsExactly(at(120));
        assertThat(index.dueAt(at(120))).isEqualTo(index.dueAt(at(120)));
    }

    @Test
    void summonedOrganizationsAreDueToReportInUntilTheyCheckIn() {
        Issue issue = accepted(withDeadlines().summon(URBAN_MANAGEMENT, Optional.of(at(30)), ENGINE, at(2)));
        issue = accepted(issue.summon(POLICE, Optional.empty(), ENGINE, at(3)));
        DeadlineIndex index = new DeadlineIndex();
        index.update(issue);
        assertThat(index.dueAt(at(30))).singleElement().satisfies(i -> {
            assertThat(i.reportingOrganization()).contains(URBAN_MANAGEMENT);
            assertThat(i.key()).isEqualTo("report-in:" + URBAN_MANAGEMENT.value());
        });
        index.update(accepted(issue.checkIn(URBAN_MANAGEMENT, ENGINE, at(20))));
        assertThat(index.dueAt(at(30))).isEmpty();
    }

    @Test
    void aClosedIssueLeavesTheIndex() {
        DeadlineIndex index = new DeadlineIndex();
        Issue issue = withDeadlines();
        index.update(issue);
        index.update(accepted(issue.close(Closure.DUPLICATE, "重复件", ENGINE, at(5))));
        assertThat(index.size()).isZero();
        assertThat(index.next()).isEmpty();
        assertThat(index.itemsFor(issue.id())).isEmpty();
    }

    @Test
    void rebuildingFromIssuesGivesTheSameIndex() {
        Issue issue = withDeadlines();
        DeadlineIndex live = new DeadlineIndex();
        live.update(issue);
        assertThat(DeadlineIndex.of(java.util.List.of(issue)).dueAt(at(10_000))).isEqualTo(live.dueAt(at(10_000)));
    }
}
