package org.gridgov.deliberation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;

/**
 * The kinds of deliberating body the seed cities practise. A closed set: a city names its own bodies, but the kind
 * says which procedure and which rules apply.
 */
public enum BodyKind {
    /** 五方共议: residents' committee, owners' committee, property company, resident units, community police. */
    FIVE_PARTY_COUNCIL("five-party-council", "五方共议", "five-party council"),
    /** 小板凳议事会: residents and grid staff meet, 收集—协商—落实—反馈. */
    SMALL_BENCH("small-bench", "小板凳议事会", "small-bench meeting"),
    /** 党建联盟领导小组: the alliance's leadership group. */
    ALLIANCE_LEADERSHIP("alliance-leadership", "党建联盟领导小组会议", "alliance leadership group"),
    /** 联席会议: a joint meeting of the parties of an area (民事民议、社区论坛、社区评议). */
    JOINT_MEETING("joint-meeting", "联席会议", "joint meeting"),
    /** 社区听证: a hearing. */
    HEARING("hearing", "社区听证会", "hearing");

    private final String key;
    private final Bilingual name;

    BodyKind(String key, String zh, String en) {
        this.key = key;
        this.name = Bilingual.of(zh, en);
    }

    /** The name files and rules use ({@code five-party-council}). */
    public String key() {
        return key;
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return name;
    }

    /** The kind a file names by key (case-insensitive) or by its Chinese name. */
    public static Optional<BodyKind> parse(String text) {
        String t = text.trim();
        return Arrays.stream(values()).filter(k -> k.key.equals(t.toLowerCase(Locale.ROOT))
                || k.name.zh().equals(t)).findFirst();
    }
}
