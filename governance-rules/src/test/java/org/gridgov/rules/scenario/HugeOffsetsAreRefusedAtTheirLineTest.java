package org.gridgov.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.document.DocumentException;
import org.junit.jupiter.api.Test;

/** Found by fuzzing: an offset too large for a long made the reader throw NumberFormatException. */
class HugeOffsetsAreRefusedAtTheirLineTest {
    private static final String HEAD = "name: {zh: 偏移, en: offsets}\nstart: 2024-05-07T10:00:00+08:00\n"
            + "cases:\n  - {id: a, category: environment.noise, location: B1}\nsteps:\n";

    @Test
    void anOffsetBeyondALongOrBeyondTenYearsIsAProblemAtItsStep() {
        for (String at : new String[] {"+9223372036854775808h", "+3661d", "+99999999m"}) {
            assertThatThrownBy(() -> ScenarioReader.read("s.yaml", HEAD + "  - {at: " + at + ", do: accept, case: a}\n"))
                    .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.line()).isEqualTo(6);
                                assertThat(p.message().en()).contains("at most 3660 days");
                            }));
        }
    }

    @Test
    void tenYearsIsStillAnOffset() throws DocumentException {
        Scenario s = ScenarioReader.read("s.yaml", HEAD + "  - {at: +3660d, do: accept, case: a}\n");
        assertThat(s.steps()).hasSize(1);
    }
}
