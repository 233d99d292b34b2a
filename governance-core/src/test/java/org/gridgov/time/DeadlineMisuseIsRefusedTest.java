package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Programming errors with a deadline: out of order, twice, or a fraction outside (0, 1]. */
class DeadlineMisuseIsRefusedTest {
    private final Deadline running = Deadline.start(LocalDateTime.parse("2025-03-03T10:00"),
            TimeLimit.parse("3 个工作日"), WorkCalendars.chinaMainland());

    private static LocalDateTime t(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void pausingTwiceIsRefused() {
        Deadline paused = running.pause(t("2025-03-03T11:00"), "x");
        assertThatThrownBy(() -> paused.pause(t("2025-03-03T12:00"), "y"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already paused");
    }

    @Test
    void resumingWithoutAPauseIsRefused() {
        assertThatThrownBy(() -> running.resume(t("2025-03-03T11:00")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not paused");
        Deadline resumed = running.pause(t("2025-03-03T11:00"), "x").resume(t("2025-03-03T12:00"));
        assertThatThrownBy(() -> resumed.resume(t("2025-03-03T13:00"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void extendingWhilePausedIsRefused() {
        Deadline paused = running.pause(t("2025-03-03T11:00"), "x");
        assertThatThrownBy(() -> paused.extend(TimeLimit.parse("1 working day"), t("2025-03-03T12:00"), "y"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void pausingBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> running.pause(t("2025-03-03T09:59"), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
    }

    @Test
    void resumingBeforeThePauseBeganIsRefused() {
        Deadline paused = running.pause(t("2025-03-03T11:00"), "x");
        assertThatThrownBy(() -> paused.resume(t("2025-03-03T10:59"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changesBeforeTheLastResumeAreRefused() {
        Deadline resumed = running.pause(t("2025-03-03T11:00"), "x").resume(t("2025-03-03T15:00"));
        assertThatThrownBy(() -> resumed.pause(t("2025-03-03T14:00"), "y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> resumed.extend(TimeLimit.parse("1 working day"), t("2025-03-03T14:00"), "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changesBeforeTheLastExtensionAreRefused() {
        Deadline extended = running.extend(TimeLimit.parse("1 working day"), t("2025-03-04T10:00"), "y");
        assertThatThrownBy(() -> extended.pause(t("2025-03-04T09:00"), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void warningFractionsOutsideZeroToOneAreRefused() {
        for (double f : new double[] {0, -0.1, 1.5, 1.0000001, Double.NaN}) {
            assertThatThrownBy(() -> running.warningAt(f)).as("fraction " + f)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void missingArgumentsAreRefused() {
        assertThatThrownBy(() -> Deadline.start(null, TimeLimit.parse("2h"), WorkCalendars.chinaMainland()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Deadline.start(t("2025-03-03T10:00"), null, WorkCalendars.chinaMainland()))
                .isInstanceOf(NullPointerException.class);
    }
}
