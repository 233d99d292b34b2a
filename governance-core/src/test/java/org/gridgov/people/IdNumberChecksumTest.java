package org.gridgov.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IdNumberChecksumTest {

    @Test
    void aValidNumberIsAccepted() {
        // The standard's own example: 11010519491231002X.
        IdNumber id = new IdNumber("11010519491231002X");
        assertThat(id.value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aLowerCaseXIsStoredUpperCase() {
        assertThat(new IdNumber("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aWrongCheckDigitIsRejected() {
        assertThatThrownBy(() -> new IdNumber("110105194912310021"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check character")
                .hasMessageNotContaining("110105194912310021");
    }

    @Test
    void anImpossibleBirthDateIsRejected() {
        String first17 = "11010519490231002"; // 31 February
        assertThatThrownBy(() -> new IdNumber(first17 + IdNumber.checkCharacter(first17)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("birth date");
    }

    @Test
    void wrongLengthAndLettersAreRejected() {
        assertThatThrownBy(() -> new IdNumber("11010519491231002")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdNumber("1101051949123100AX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMaskKeepsTheAddressCodeAndTheLastFour() {
        assertThat(new IdNumber("11010519491231002X")).hasToString("110105********002X");
    }

    @Property
    void theComputedCheckCharacterIsAcceptedAndEveryOtherRejected(@ForAll("first17") String first17) {
        char check = IdNumber.checkCharacter(first17);
        IdNumber id = new IdNumber(first17 + check);
        assertThat(id.toString()).doesNotContain(id.value()).doesNotContain(first17.substring(6, 14));
        for (char other : "0123456789X".toCharArray()) {
            if (other != check) {
                assertThatThrownBy(() -> new IdNumber(first17 + other)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Provide
    Arbitrary<String> first17() {
        Arbitrary<String> region = Arbitraries.integers().between(110000, 659999).map(String::valueOf);
        Arbitrary<String> birth = Arbitraries.integers().between(0, 365 * 100)
                .map(d -> java.time.LocalDate.of(1925, 1, 1).plusDays(d)
                        .format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        Arbitrary<String> sequence = Arbitraries.integers().between(0, 999).map(n -> String.format("%03d", n));
        return Combinators.combine(region, birth, sequence).as((r, b, s) -> r + b + s);
    }
}
