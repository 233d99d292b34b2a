package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import org.gridgov.i18n.Bilingual;
import org.junit.jupiter.api.Test;

class RatingIsOncePerRoundTest {

    @Test
    void aResolvedIssueIsRatedOnce() {
        Issue rated = accepted(resolved().rate(Rating.BASICALLY_SATISFIED, "还行", RESIDENT, at(5)));
        assertThat(rated.rating()).contains(Rating.BASICALLY_SATISFIED);
        assertThat(rated.ratedThisRound()).isTrue();

        refusedWith(rated.rate(Rating.SATISFIED, "", RESIDENT, at(6)), "already-rated");
        Issue closed = accepted(rated.close(Closure.RESOLVED, "", HOTLINE, at(7)));
        refusedWith(closed.rate(Rating.SATISFIED, "", RESIDENT, at(8)), "already-rated");
        assertThat(closed.rating()).contains(Rating.BASICALLY_SATISFIED);
    }

    @Test
    void reopeningStartsARoundThatCanBeRatedAgain() {
        Issue rated = accepted(resolved().rate(Rating.UNSATISFIED, "仍有噪音", RESIDENT, at(5)));
        Issue reopened = accepted(rated.reopen(Bilingual.of("群众不满意", "the reporter is unsatisfied"),
                HOTLINE, at(6)));
        assertThat(reopened.round()).isEqualTo(1);
        assertThat(reopened.ratedThisRound()).isFalse();
        assertThat(reopened.rating()).contains(Rating.UNSATISFIED);

        Issue taken = accepted(reopened.accept(GRID_WORKER, at(7)));
        Issue done = accepted(taken.resolve("加装隔音棉", GRID_WORKER, at(8)));
        assertThat(accepted(done.rate(Rating.SATISFIED, "", RESIDENT, at(9))).rating()).contains(Rating.SATISFIED);
    }

    @Test
    void anIssueIsNotRatedBeforeItIsResolved() {
        Issue issue = inProgress();

        refusedWith(issue.rate(Rating.SATISFIED, "", RESIDENT, at(5)), "wrong-status");
        refusedWith(reported().rate(Rating.SATISFIED, "", RESIDENT, at(5)), "wrong-status");

        assertThat(issue.rating()).isEmpty();
        assertThat(issue).isEqualTo(inProgress());
    }
}
