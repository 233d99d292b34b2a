package org.gridgov.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A text that is not a time limit gets an explanation in both languages naming the text. */
class UnreadableTimeLimitIsExplainedTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"three days", "3 weeks", "0 days", "-1 h", "3 个工作", "abc", "零天", "1000000 days",
            "99999999999999999999 h", "3 days later", "三三天", "十十天", "二十三百天", "一百五天", "五十五十个工作日"})
    void isRefusedWithABilingualExplanationNamingTheText(String text) {
        InvalidTimeLimitException e = catchThrowableOfType(InvalidTimeLimitException.class, () -> TimeLimit.parse(text));
        assertThat(e).as("'" + text + "' should be refused").isNotNull();
        assertThat(e.text()).isEqualTo(text);
        assertThat(e.explanation().zh()).contains("'" + text + "'").contains("无法识别时限");
        assertThat(e.explanation().en()).contains("'" + text + "'").contains("cannot read the time limit");
        assertThat(e.getMessage()).isEqualTo(e.explanation().en());
    }

    @Test
    void anEmptyOrBlankTextIsRefusedAsEmpty() {
        for (String text : new String[] {"", "   "}) {
            InvalidTimeLimitException e = catchThrowableOfType(InvalidTimeLimitException.class, () -> TimeLimit.parse(text));
            assertThat(e).isNotNull();
            assertThat(e.explanation().zh()).contains("时限为空");
            assertThat(e.explanation().en()).contains("empty");
        }
        assertThatThrownBy(() -> TimeLimit.parse(null)).isInstanceOf(InvalidTimeLimitException.class);
    }

    @Test
    void anUnknownUnitIsNamed() {
        InvalidTimeLimitException e = catchThrowableOfType(InvalidTimeLimitException.class, () -> TimeLimit.parse("3 weeks"));
        assertThat(e.explanation().en()).contains("unknown unit 'weeks'");
        assertThat(e.explanation().zh()).contains("无法识别的时间单位 'weeks'");
    }

    @Test
    void aZeroAmountSaysTheRange() {
        InvalidTimeLimitException e = catchThrowableOfType(InvalidTimeLimitException.class, () -> TimeLimit.parse("0 days"));
        assertThat(e.explanation().en()).contains("between 1 and 100000");
    }

    @Test
    void theExplanationShowsAcceptedForms() {
        InvalidTimeLimitException e = catchThrowableOfType(InvalidTimeLimitException.class, () -> TimeLimit.parse("abc"));
        assertThat(e.explanation().en()).contains("3 working days");
        assertThat(e.explanation().zh()).contains("3 个工作日");
    }

    @Test
    void aLimitBuiltInCodeMustBeAtLeastOne() {
        assertThatThrownBy(() -> TimeLimit.of(0, LimitUnit.DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeLimit.of(1, null)).isInstanceOf(NullPointerException.class);
    }
}
