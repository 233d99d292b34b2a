package org.gridgov.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberIsMaskedTest {

    @Test
    void aMobileKeepsItsFirstThreeAndLastFourDigits() {
        PhoneNumber phone = new PhoneNumber("13812345678");
        assertThat(phone.isMobile()).isTrue();
        assertThat(phone.value()).isEqualTo("13812345678");
        assertThat(phone).hasToString("138****5678");
    }

    @Test
    void aLandlineKeepsItsAreaCodeAndLastTwoDigits() {
        assertThat(new PhoneNumber("0469-4221234")).hasToString("0469-*****34");
        assertThat(new PhoneNumber("010-62345678")).hasToString("010-******78");
        assertThat(new PhoneNumber("4221234")).hasToString("*****34");
        assertThat(new PhoneNumber("04694221234")).hasToString("046******34");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1381234567", "138123456789", "12812345678", "phone", "0469--4221234",
            "+8613812345678", "0469-0221234"})
    void malformedNumbersAreRejectedWithoutEchoingThem(String raw) {
        assertThatThrownBy(() -> new PhoneNumber(raw)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> {
                    if (!raw.isEmpty()) {
                        assertThat(e.getMessage()).doesNotContain(raw);
                    }
                });
    }

    @Property
    void aMobileNumberNeverAppearsInItsToString(@ForAll @IntRange(min = 3, max = 9) int second,
                                                @ForAll @IntRange(min = 0, max = 999_999_999) int rest) {
        String raw = "1" + second + String.format("%09d", rest);
        PhoneNumber phone = new PhoneNumber(raw);
        assertThat(phone.toString()).doesNotContain(raw).hasSize(11).contains("****");
        assertThat(phone.toString().substring(3, 7)).isEqualTo("****");
    }
}
