package org.gridgov.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.stream.Stream;
import org.gridgov.issue.DeadlineKind;
import org.gridgov.issue.IssueId;
import org.gridgov.organization.OrganizationId;
import org.junit.jupiter.api.Test;

/** What falls due is a type: a deadline of a kind, a report-in of an organization, a reaction. */
class DueItemsAreTypedTest {
    private static final IssueId ID = new IssueId("2024-1");
    private static final Instant AT = Instant.parse("2024-06-03T01:00:00Z");

    @Test
    void aWarningKindKnowsItsFractionAndKeepsTheStoredText() {
        DeadlineKind w = DeadlineKind.warning(0.8);
        assertThat(w.key()).isEqualTo("warn-80");
        assertThat(w.warningFraction()).contains(0.8);
        assertThat(DeadlineKind.of("warn-80")).isEqualTo(w);
        assertThat(DeadlineKind.RESOLVE.warningFraction()).isEmpty();
        assertThat(DeadlineKind.of("accept").warningFraction()).isEmpty();
    }

    @Test
    void aReportInIsNotADeadlineKindAndABlankKindIsRefused() {
        assertThatThrownBy(() -> DeadlineKind.of("report-in:police")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("report-ins are due items of their own");
        assertThatThrownBy(() -> DeadlineKind.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineKind.warning(1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachItemSaysWhatItIsWithoutParsingText() {
        DueItem deadline = DueItem.deadline(ID, DeadlineKind.STAGE, AT);
        DueItem reportIn = DueItem.reportIn(ID, new OrganizationId("police"), AT);
        DueItem reaction = DueItem.reaction(ID, Due.Reactions.RATED_UNSATISFIED, AT);

        assertThat(deadline.deadlineKind()).contains(DeadlineKind.STAGE);
        assertThat(deadline.reportingOrganization()).isEmpty();
        assertThat(reportIn.reportingOrganization()).contains(new OrganizationId("police"));
        assertThat(reportIn.deadlineKind()).isEmpty();
        assertThat(reaction.what()).isEqualTo(new Due.Reaction(Due.Reactions.RATED_UNSATISFIED));
        // The stable texts rules and reports read.
        assertThat(deadline.key()).isEqualTo("stage");
        assertThat(reportIn.key()).isEqualTo("report-in:police");
        assertThat(reaction.key()).isEqualTo("rated-unsatisfied");
    }

    @Test
    void itemsAreOrderedByInstantThenIssueThenKey() {
        DueItem early = DueItem.deadline(new IssueId("2024-9"), DeadlineKind.RESOLVE, AT);
        DueItem consult = DueItem.deadline(ID, DeadlineKind.CONSULT, AT.plusSeconds(1));
        DueItem resolve = DueItem.deadline(ID, DeadlineKind.RESOLVE, AT.plusSeconds(1));
        assertThat(Stream.of(resolve, consult, early).sorted(DueItem.ORDER)).containsExactly(early, consult, resolve);
    }
}
