package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link TimeLimit#chinese}: the numerals up to 九百九十九 that policies use, and nothing it could misread. */
class ChineseNumeralsAreReadOnlyWhenWellFormedTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"一,1", "两,2", "三,3", "九,9", "十,10", "十五,15", "二十,20", "二十一,21", "九十九,99", "一百,100",
            "两百,200", "一百零五,105", "一百一十五,115", "一百二十,120", "九百九十九,999"})
    void wellFormedNumeralsAreRead(String numeral, long value) {
        assertThat(TimeLimit.chinese(numeral)).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"三三", "十十", "百百", "五十五十", "二十三百", "十百", "一百五", "两百三"})
    void malformedOrAmbiguousNumeralsAreNotRead(String numeral) {
        assertThat(TimeLimit.chinese(numeral)).isEqualTo(-1);
    }
}
