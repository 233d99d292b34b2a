package org.gridgov.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The part table gives each part's text, one instance per distinct part, however many parts and collisions. */
class PartTableProperties {

    @Property(tries = 200)
    void aPartIsTheTextFromWhereItStartsAndEqualPartsShareAnInstance(
            @ForAll @Size(max = 3_000) List<@StringLength(max = 6) String> texts,
            @ForAll @IntRange(max = 6) int cut) {
        PartTable table = new PartTable();
        Map<String, String> first = new HashMap<>();
        for (String text : texts) {
            int from = Math.min(cut, text.length());
            String part = table.part("前缀" + text, 2 + from);
            assertThat(part).isEqualTo(text.substring(from));
            assertThat(first.computeIfAbsent(part, p -> part)).isSameAs(part);
        }
    }

    @Property(tries = 20)
    void partsWithTheSameHashAreStillTold(@ForAll @IntRange(min = 1, max = 500) int pairs) {
        // "Aa" and "BB" share a hash, and so do their concatenations.
        PartTable table = new PartTable();
        for (int i = 0; i < pairs; i++) {
            String suffix = Integer.toString(i);
            assertThat(table.part("x-Aa" + suffix, 2)).isEqualTo("Aa" + suffix);
            assertThat(table.part("x-BB" + suffix, 2)).isEqualTo("BB" + suffix);
        }
        assertThat(table.part("x-Aa0", 2)).isSameAs(table.part("y-Aa0", 2));
    }
}
