package org.gridgov.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.issue.IssueFixtures.*;

import java.util.List;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.IssueStatus;
import org.junit.jupiter.api.Test;

class IssueRepositoryTest {
    private final EventStore store = new InMemoryEventStore();
    private final IssueRepository issues = new IssueRepository(store);

    @Test
    void commandsAreLoadedAppliedAndStored() {
        assertThat(issues.report(ISSUE, noiseComplaint(), HOTLINE, at(0))).isInstanceOf(CommandResult.Done.class);
        issues.execute(ISSUE, i -> i.route(GRID_OWNER, BECAUSE, ENGINE, at(1)));
        CommandResult r = issues.execute(ISSUE, i -> i.accept(GRID_WORKER, at(2)));

        assertThat(r).isInstanceOfSatisfying(CommandResult.Done.class,
                d -> assertThat(d.issue().status()).isEqualTo(IssueStatus.IN_PROGRESS));
        assertThat(store.version(ISSUE)).isEqualTo(3);
        assertThat(issues.load(ISSUE)).contains(((CommandResult.Done) r).issue());
    }

    @Test
    void aRefusedCommandStoresNothing() {
        issues.report(ISSUE, noiseComplaint(), HOTLINE, at(0));

        CommandResult r = issues.execute(ISSUE, i -> i.accept(GRID_WORKER, at(1)));

        assertThat(r).isInstanceOfSatisfying(CommandResult.Refused.class,
                f -> assertThat(f.rejection().code()).isEqualTo("wrong-status"));
        assertThat(store.version(ISSUE)).isEqualTo(1);
    }

    @Test
    void aCommandOnAnUnknownIssueIsRefused() {
        CommandResult r = issues.execute(new IssueId("nope"), i -> i.accept(GRID_WORKER, at(1)));

        assertThat(r).isInstanceOfSatisfying(CommandResult.Refused.class,
                f -> assertThat(f.rejection().code()).isEqualTo("unknown-issue"));
    }

    @Test
    void anotherWriterBetweenLoadAndAppendGivesAConflict() {
        issues.report(ISSUE, noiseComplaint(), HOTLINE, at(0));

        CommandResult r = issues.execute(ISSUE, i -> {
            store.append(ISSUE, 1, List.of(new IssueEvent.Note(ISSUE, HOTLINE, at(1), "meanwhile")));
            return i.route(GRID_OWNER, BECAUSE, ENGINE, at(1));
        });

        assertThat(r).isEqualTo(new CommandResult.Conflicted(new AppendResult.Conflict(1, 2)));
        assertThat(store.version(ISSUE)).isEqualTo(2);
    }

    @Test
    void reportingATakenIdConflicts() {
        issues.report(ISSUE, noiseComplaint(), HOTLINE, at(0));

        assertThat(issues.report(ISSUE, noiseComplaint(), HOTLINE, at(1)))
                .isEqualTo(new CommandResult.Conflicted(new AppendResult.Conflict(0, 1)));
    }

    @Test
    void aCommandProposingAnEventForAnotherIssueIsABug() {
        issues.report(ISSUE, noiseComplaint(), HOTLINE, at(0));
        issues.report(new IssueId("other"), noiseComplaint(), HOTLINE, at(0));

        assertThatThrownBy(() -> issues.execute(ISSUE,
                i -> issues.load(new IssueId("other")).orElseThrow().note("n", HOTLINE, at(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
