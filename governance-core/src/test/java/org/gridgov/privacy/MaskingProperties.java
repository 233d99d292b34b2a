package org.gridgov.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Phone and ID numbers in free text never survive masking; codes, ids and hashes around them do. */
class MaskingProperties {

    @Provide
    Arbitrary<String> mobiles() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
                .as((second, rest) -> "1" + second + rest);
    }

    @Provide
    Arbitrary<String> idNumbers() {
        return Combinators.combine(Arbitraries.strings().numeric().ofLength(17), Arbitraries.of("0", "7", "X"))
                .as((digits, check) -> digits + check);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.of("请联系", "电话", "身份证号", "居民反映 ", ", ", "（", "）", "：", " ", "联系人王先生")
                .list().ofMaxSize(4).map(l -> String.join("", l));
    }

    @Property
    void aMobileInTextIsMaskedAndKeepsItsFirstThreeAndLastFour(@ForAll("words") String before,
                                                               @ForAll("mobiles") String mobile,
                                                               @ForAll("words") String after) {
        String masked = Masking.text(before + mobile + after);
        assertThat(masked).doesNotContain(mobile)
                .isEqualTo(before + mobile.substring(0, 3) + "****" + mobile.substring(7) + after);
    }

    @Property
    void anIdNumberInTextIsMaskedAndKeepsItsAddressCodeAndLastFour(@ForAll("words") String before,
                                                                   @ForAll("idNumbers") String id,
                                                                   @ForAll("words") String after) {
        String masked = Masking.text(before + id + after);
        assertThat(masked).doesNotContain(id)
                .isEqualTo(before + id.substring(0, 6) + "********" + id.substring(14) + after);
    }

    @Property
    void codesIdsAndHashesAreLeftAlone(@ForAll("words") String before) {
        String text = before + "220202004001-G01 12345-20260302-0001 2023-06-15T10:00 "
                + "ab13804325678cd 1380432567812 a3f0c13804325678e9";
        assertThat(Masking.text(text)).isEqualTo(text);
    }

    @Example
    void landlinesNamesAndIdsFollowTheConventions() {
        assertThat(Masking.text("座机0469-4221234或04694221234")).isEqualTo("座机0469-*****34或046******34");
        assertThat(Masking.name("王秀兰")).isEqualTo("王**");
        assertThat(Masking.name("王")).isEqualTo("*");
        assertThat(Masking.phone("13804325678")).isEqualTo("138****5678");
        assertThat(Masking.idNumber("220202195803120047")).isEqualTo("220202********0047");
    }
}
