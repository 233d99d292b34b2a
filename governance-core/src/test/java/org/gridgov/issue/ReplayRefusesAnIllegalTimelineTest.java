package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.issue.IssueFixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayRefusesAnIllegalTimelineTest {

    @Test
    void replayingATimelineGivesTheSameIssue() {
        Issue issue = closed();

        assertThat(Issue.replay(issue.timeline())).isEqualTo(issue);
    }

    @Test
    void anIllegalEventIsABugNamedByItsIndex() {
        List<IssueEvent> timeline = new ArrayList<>(dispatched().timeline());
        timeline.add(new IssueEvent.Resolved(ISSUE, GRID_WORKER, at(5), "skipped acceptance"));

        assertThatThrownBy(() -> Issue.replay(timeline))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event #2")
                .hasMessageContaining("Resolved")
                .hasMessageContaining("wrong-status");
    }

    @Test
    void aTimelineStartsWithItsReport() {
        List<IssueEvent> timeline = List.of(new IssueEvent.Note(ISSUE, HOTLINE, at(0), "orphan"));

        assertThatThrownBy(() -> Issue.replay(timeline))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event #0");
        assertThatThrownBy(() -> Issue.replay(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEventOfAnotherIssueIsABug() {
        IssueId other = new IssueId("other");
        List<IssueEvent> timeline = new ArrayList<>(reported().timeline());
        timeline.add(new IssueEvent.Note(other, HOTLINE, at(5), "misfiled"));

        assertThatThrownBy(() -> Issue.replay(timeline))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event #1");
        assertThatThrownBy(() -> reported().apply(new IssueEvent.Note(other, HOTLINE, at(5), "misfiled")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullArgumentsAreBugs() {
        assertThatThrownBy(() -> reported().apply(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> reported().route(null, BECAUSE, ENGINE, at(1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Issue.report(ISSUE, null, HOTLINE, at(0)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> reported().note(" ", HOTLINE, at(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
