package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import org.gridgov.i18n.Bilingual;
import org.junit.jupiter.api.Test;

class ExcludedCaseIsExcludedOnceTest {
    private static final Bilingual UNREASONABLE = Bilingual.of("诉求不合理", "an unreasonable demand");

    @Test
    void anIssueIsExcludedInAnyStatusAndHandlingGoesOn() {
        assertThat(reported().excluded()).isFalse();
        for (Issue issue : new Issue[] {reported(), dispatched(), inProgress(), resolved(), closed()}) {
            Issue excluded = accepted(issue.exclude(UNREASONABLE, HOTLINE, at(9)));

            assertThat(excluded.excluded()).isTrue();
            assertThat(excluded.status()).isEqualTo(issue.status());
            assertThat(excluded.owner()).isEqualTo(issue.owner());
            assertThat(Issue.replay(excluded.timeline())).isEqualTo(excluded);
        }
        Issue excluded = accepted(inProgress().exclude(UNREASONABLE, HOTLINE, at(3)));
        assertThat(accepted(excluded.resolve("已答复", GRID_WORKER, at(4))).excluded()).isTrue();
    }

    @Test
    void aSecondExclusionIsRefusedEvenAfterAReopening() {
        Issue excluded = accepted(resolved().exclude(UNREASONABLE, HOTLINE, at(5)));

        refusedWith(excluded.exclude(UNREASONABLE, HOTLINE, at(6)), "already-excluded");
        Issue reopened = accepted(excluded.reopen(Bilingual.of("复核", "review"), HOTLINE, at(7)));
        assertThat(reopened.excluded()).isTrue();
        Rejection r = refusedWith(reopened.exclude(UNREASONABLE, HOTLINE, at(8)), "already-excluded");
        assertThat(r.reason().zh()).contains("不纳入考核");
    }
}
