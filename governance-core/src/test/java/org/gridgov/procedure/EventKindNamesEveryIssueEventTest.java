package org.gridgov.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFixtures;
import org.junit.jupiter.api.Test;

class EventKindNamesEveryIssueEventTest {

    @Test
    void everyRecordOfTheSealedFamilyHasExactlyOneKind() {
        assertThat(Arrays.stream(EventKind.values()).<Class<?>>map(EventKind::eventType).toList())
                .containsExactlyInAnyOrder(IssueEvent.class.getPermittedSubclasses());
    }

    @Test
    void anEventsKindIsFoundFromTheEvent() {
        IssueEvent reported = IssueFixtures.reported().timeline().get(0);
        IssueEvent closed = IssueFixtures.closed().timeline().get(4);

        assertThat(EventKind.of(reported)).isEqualTo(EventKind.REPORTED);
        assertThat(EventKind.of(closed)).isEqualTo(EventKind.CLOSED);
    }

    @Test
    void fileNamesAreLowerCaseWithHyphensAndReadBack() {
        assertThat(EventKind.CHECKED_IN.fileName()).isEqualTo("checked-in");
        assertThat(EventKind.DISPATCH_REJECTED.toString()).isEqualTo("dispatch-rejected");
        for (EventKind k : EventKind.values()) {
            assertThat(EventKind.parse(k.fileName())).contains(k);
        }
        assertThat(EventKind.parse(" CHECKED_IN ")).contains(EventKind.CHECKED_IN);
        assertThat(EventKind.parse("checkedin")).isEmpty();
        assertThat(EventKind.parse(null)).isEmpty();
    }
}
