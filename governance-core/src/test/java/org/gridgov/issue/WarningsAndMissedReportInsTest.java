package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.issue.IssueFixtures.ENGINE;
import static org.gridgov.issue.IssueFixtures.POLICE;
import static org.gridgov.issue.IssueFixtures.URBAN_MANAGEMENT;
import static org.gridgov.issue.IssueFixtures.accepted;
import static org.gridgov.issue.IssueFixtures.at;
import static org.gridgov.issue.IssueFixtures.refusedWith;

import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.junit.jupiter.api.Test;

class WarningsAndMissedReportInsTest {
    private static final Bilingual NEAR = Bilingual.of("时限已过八成", "80% of the limit has passed");

    @Test
    void aWarningUsesUpItsDeadlineKind() {
        Issue issue = accepted(IssueFixtures.inProgress().setDeadline("warn-80", at(48), ENGINE, at(10)));
        Issue warned = accepted(issue.warn("warn-80", NEAR, ENGINE, at(48)));
        assertThat(warned.deadlines()).doesNotContainKey("warn-80");
        assertThat(warned.timeline().get(warned.timeline().size() - 1)).isInstanceOf(IssueEvent.Warned.class);
    }

    @Test
    void aWarningAboutNoSuchDeadlineOrOnAClosedIssueIsRefused() {
        Issue issue = IssueFixtures.inProgress();
        Issue before = issue;
        refusedWith(issue.warn("warn-80", NEAR, ENGINE, at(48)), "no-such-deadline");
        assertThat(issue).isEqualTo(before);
        refusedWith(IssueFixtures.closed().warn("resolve", NEAR, ENGINE, at(500)), "wrong-status");
    }

    @Test
    void aMissedReportInIsRecordedAgainstTheOrganizationWhichMayStillComeLate() {
        Issue summoned = accepted(IssueFixtures.inProgress().summon(URBAN_MANAGEMENT, Optional.of(at(40)), ENGINE, at(10)));
        Issue missed = accepted(summoned.recordMissedReportIn(URBAN_MANAGEMENT, ENGINE, at(40)));
        Participant p = missed.participants().get(0);
        assertThat(p.missed()).isTrue();
        assertThat(p.missedAt()).contains(at(40));
        refusedWith(missed.recordMissedReportIn(URBAN_MANAGEMENT, ENGINE, at(41)), "not-summoned");
        Issue late = accepted(missed.checkIn(URBAN_MANAGEMENT, ENGINE, at(55)));
        assertThat(late.participants().get(0).checkedIn()).isTrue();
        assertThat(late.participants().get(0).missed()).isTrue();
    }

    @Test
    void onlyAPendingSummonsCanBeMissed() {
        refusedWith(IssueFixtures.inProgress().recordMissedReportIn(POLICE, ENGINE, at(40)), "not-summoned");
        Issue checkedIn = accepted(accepted(IssueFixtures.inProgress().summon(POLICE, Optional.empty(), ENGINE, at(10)))
                .checkIn(POLICE, ENGINE, at(12)));
        refusedWith(checkedIn.recordMissedReportIn(POLICE, ENGINE, at(40)), "not-summoned");
    }
}
