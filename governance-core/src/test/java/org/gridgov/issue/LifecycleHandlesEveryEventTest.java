package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The transition table has a row for every kind of event: a new event type cannot be silently unhandled. */
class LifecycleHandlesEveryEventTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyPermittedEventTypeHasATransition() {
        Class<?>[] types = IssueEvent.class.getPermittedSubclasses();
        assertThat(types).hasSizeGreaterThanOrEqualTo(22);
        assertThat(Arrays.stream(types)).allSatisfy(t ->
                assertThat(Lifecycle.handles((Class<? extends IssueEvent>) t)).as(t.getSimpleName()).isTrue());
    }
}
