package org.gridgov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import java.util.List;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.junit.jupiter.api.Test;

class ConflictingAppendIsRefusedTest {
    private final EventStore store = new InMemoryEventStore();

    @Test
    void aWriterThatMissedAnAppendGetsAConflictAndNothingIsStored() {
        Issue reported = reported();
        assertThat(store.append(ISSUE, 0, reported.timeline())).isEqualTo(new AppendResult.Appended(1));

        IssueEvent first = new IssueEvent.Note(ISSUE, HOTLINE, at(1), "first writer");
        IssueEvent second = new IssueEvent.Note(ISSUE, GRID_WORKER, at(1), "second writer");
        assertThat(store.append(ISSUE, 1, List.of(first))).isEqualTo(new AppendResult.Appended(2));

        AppendResult late = store.append(ISSUE, 1, List.of(second));

        assertThat(late).isEqualTo(new AppendResult.Conflict(1, 2));
        assertThat(store.timeline(ISSUE)).containsExactly(reported.timeline().get(0), first);
        assertThat(store.version(ISSUE)).isEqualTo(2);
    }

    @Test
    void aSecondReportOfTheSameIdConflicts() {
        store.append(ISSUE, 0, reported().timeline());

        assertThat(store.append(ISSUE, 0, reported().timeline())).isEqualTo(new AppendResult.Conflict(0, 1));
    }

    @Test
    void aWriterAheadOfTheStoreConflictsToo() {
        assertThat(store.append(ISSUE, 3, reported().timeline())).isEqualTo(new AppendResult.Conflict(3, 0));
        assertThat(store.issueIds()).isEmpty();
    }

    @Test
    void aBatchIsStoredWhole() {
        Issue resolved = resolved();

        assertThat(store.append(ISSUE, 0, resolved.timeline())).isEqualTo(new AppendResult.Appended(4));
        assertThat(store.load(ISSUE)).contains(resolved);
    }
}
