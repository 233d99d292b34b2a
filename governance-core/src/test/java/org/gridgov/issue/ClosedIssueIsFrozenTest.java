package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.junit.jupiter.api.Test;

class ClosedIssueIsFrozenTest {

    @Test
    void aClosedIssueRefusesEveryStepOfHandling() {
        Issue closed = closed();
        Bilingual why = Bilingual.of("理由", "reason");

        List<Outcome> refused = List.of(
                closed.route(STREET_OWNER, why, ENGINE, at(9)),
                closed.accept(GRID_WORKER, at(9)),
                closed.rejectDispatch(why, GRID_WORKER, at(9)),
                closed.escalate(STREET_OWNER, why, ENGINE, at(9)),
                closed.summon(POLICE, Optional.empty(), GRID_WORKER, at(9)),
                closed.consult(Set.of(POLICE), "c", GRID_WORKER, at(9)),
                closed.resolve("s", GRID_WORKER, at(9)),
                closed.giveFeedback("f", GRID_WORKER, at(9)),
                closed.close(Closure.INVALID, "", HOTLINE, at(9)),
                closed.supervise("快办", HOTLINE, at(9)),
                closed.setDeadline("resolve", at(99), ENGINE, at(9)));

        assertThat(refused).allSatisfy(o -> assertThat(refusedWith(o, "wrong-status")).isNotNull());
        assertThat(closed).isEqualTo(closed());
    }

    @Test
    void aClosedIssueStillTakesARatingAReopeningAndNotes() {
        Issue closed = closed();

        assertThat(accepted(closed.rate(Rating.SATISFIED, "", RESIDENT, at(9))).rating()).contains(Rating.SATISFIED);
        assertThat(accepted(closed.note("已电话回访", HOTLINE, at(9))).status()).isEqualTo(IssueStatus.CLOSED);
        assertThat(accepted(closed.reopen(Bilingual.of("问题复发", "it recurred"), HOTLINE, at(9))).status())
                .isEqualTo(IssueStatus.DISPATCHED);
    }

    @Test
    void closingClearsDeadlinesAndRecordsTheClosure() {
        Issue withDeadline = accepted(inProgress().setDeadline("resolve", at(600), ENGINE, at(3)));
        Issue closed = accepted(withDeadline.close(Closure.WITHDRAWN, "居民撤诉", RESIDENT, at(4)));

        assertThat(closed.deadlines()).isEmpty();
        assertThat(closed.closure()).contains(Closure.WITHDRAWN);
    }
}
