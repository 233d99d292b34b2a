package org.gridgov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.issue.IssueFixtures.*;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Outcome;
import org.junit.jupiter.api.Test;

class InMemoryEventStoreTest {
    private final EventStore store = new InMemoryEventStore();

    @Test
    void anUnknownIssueHasNoEvents() {
        assertThat(store.timeline(ISSUE)).isEmpty();
        assertThat(store.version(ISSUE)).isZero();
        assertThat(store.load(ISSUE)).isEmpty();
        assertThat(store.allIssues()).isEmpty();
    }

    @Test
    void issuesAreListedInTheOrderTheyWereFirstAppended() {
        List<IssueId> ids = List.of(new IssueId("c"), new IssueId("a"), new IssueId("b"));
        for (IssueId id : ids) {
            Outcome.Accepted o = (Outcome.Accepted) Issue.report(id, noiseComplaint(), HOTLINE, at(0));
            store.append(id, 0, List.of(o.event()));
        }
        store.append(ids.get(1), 1, List.of(new IssueEvent.Note(ids.get(1), HOTLINE, at(1), "later")));

        assertThat(store.issueIds()).containsExactlyElementsOf(ids);
        assertThat(store.allIssues()).extracting(Issue::id).containsExactlyElementsOf(ids);
        assertThat(store.allIssues()).extracting(Issue::version).containsExactly(1L, 2L, 1L);
    }

    @Test
    void aTimelineIsASnapshot() {
        store.append(ISSUE, 0, reported().timeline());
        ImmutableList<IssueEvent> before = store.timeline(ISSUE);

        store.append(ISSUE, 1, List.of(new IssueEvent.Note(ISSUE, HOTLINE, at(1), "n")));

        assertThat(before).hasSize(1);
        assertThat(store.timeline(ISSUE)).hasSize(2);
    }

    @Test
    void theStoreDoesNotJudgeTheLifecycleButLoadingDoes() {
        IssueEvent orphan = new IssueEvent.Note(ISSUE, HOTLINE, at(0), "no report before me");

        assertThat(store.append(ISSUE, 0, List.of(orphan))).isEqualTo(new AppendResult.Appended(1));
        assertThatThrownBy(() -> store.load(ISSUE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void malformedAppendsAreBugs() {
        IssueEvent other = new IssueEvent.Note(new IssueId("other"), HOTLINE, at(0), "n");

        assertThatThrownBy(() -> store.append(ISSUE, 0, List.of(other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
        assertThatThrownBy(() -> store.append(ISSUE, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.append(ISSUE, -1, reported().timeline()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.append(null, 0, reported().timeline()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> store.timeline(null)).isInstanceOf(NullPointerException.class);
        assertThat(store.issueIds()).isEmpty();
    }
}
