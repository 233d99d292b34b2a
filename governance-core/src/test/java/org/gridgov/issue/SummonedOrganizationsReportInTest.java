package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.*;

import java.util.Optional;
import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.gridgov.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/** 吹哨、报到、会商: the street whistles, the parties report in and consult. */
class SummonedOrganizationsReportInTest {

    @Test
    void summonedOrganizationsReportInInOrder() {
        Issue summoned = accepted(inProgress().summon(URBAN_MANAGEMENT, Optional.of(at(60)), GRID_WORKER, at(5)));
        Issue both = accepted(summoned.summon(POLICE, Optional.empty(), GRID_WORKER, at(6)));
        Issue in = accepted(both.checkIn(POLICE, GRID_WORKER, at(7)));

        assertThat(in.participants()).containsExactly(
                new Participant(URBAN_MANAGEMENT, at(5), Optional.of(at(60)), Optional.empty()),
                new Participant(POLICE, at(6), Optional.empty(), Optional.of(at(7))));
    }

    @Test
    void anOrganizationIsNotSummonedTwiceWhileItHasNotReportedIn() {
        Issue summoned = accepted(inProgress().summon(POLICE, Optional.empty(), GRID_WORKER, at(5)));

        refusedWith(summoned.summon(POLICE, Optional.empty(), GRID_WORKER, at(6)), "already-summoned");
        assertThat(summoned.participants()).hasSize(1);

        Issue in = accepted(summoned.checkIn(POLICE, GRID_WORKER, at(7)));
        Issue again = accepted(in.summon(POLICE, Optional.empty(), GRID_WORKER, at(8)));
        assertThat(again.participants()).extracting(Participant::checkedIn).containsExactly(true, false);
    }

    @Test
    void onlyAPendingSummonsCanBeAnswered() {
        refusedWith(inProgress().checkIn(POLICE, GRID_WORKER, at(5)), "not-summoned");

        Issue in = accepted(accepted(inProgress().summon(POLICE, Optional.empty(), GRID_WORKER, at(5)))
                .checkIn(POLICE, GRID_WORKER, at(6)));
        refusedWith(in.checkIn(POLICE, GRID_WORKER, at(7)), "not-summoned");
    }

    @Test
    void summoningNeedsADispatchedOrAcceptedIssue() {
        accepted(dispatched().summon(POLICE, Optional.empty(), GRID_WORKER, at(5)));

        refusedWith(reported().summon(POLICE, Optional.empty(), GRID_WORKER, at(5)), "wrong-status");
        refusedWith(resolved().summon(POLICE, Optional.empty(), GRID_WORKER, at(5)), "wrong-status");
    }

    @Test
    void aPendingSummonsCanBeAnsweredAfterADispatchRejectionButNotOnceResolved() {
        Issue summoned = accepted(dispatched().summon(POLICE, Optional.empty(), GRID_WORKER, at(5)));
        Issue back = accepted(summoned.rejectDispatch(Bilingual.of("非本单位职责", "not ours"), GRID_WORKER, at(6)));
        assertThat(accepted(back.checkIn(POLICE, GRID_WORKER, at(7))).participants().get(0).checkedIn()).isTrue();

        Issue pending = accepted(inProgress().summon(POLICE, Optional.empty(), GRID_WORKER, at(5)));
        Issue pendingAtResolution = accepted(pending.resolve("done", GRID_WORKER, at(6)));
        refusedWith(pendingAtResolution.checkIn(POLICE, GRID_WORKER, at(7)), "wrong-status");
    }

    @Test
    void consultationHappensWhileTheIssueIsBeingHandled() {
        Set<OrganizationId> parties = Set.of(POLICE, PROPERTY);
        assertThat(accepted(inProgress().consult(parties, "物业加装隔音", GRID_WORKER, at(5))).version())
                .isEqualTo(4);
        accepted(dispatched().consult(parties, "物业加装隔音", GRID_WORKER, at(5)));

        refusedWith(reported().consult(parties, "?", GRID_WORKER, at(5)), "wrong-status");
        refusedWith(resolved().consult(parties, "?", GRID_WORKER, at(5)), "wrong-status");
    }
}
