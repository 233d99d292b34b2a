package org.gridgov.deliberation;

import java.util.Locale;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;

/** A vote. */
public enum Choice {
    /** 赞成. */
    FOR("赞成", "for"),
    /** 反对. */
    AGAINST("反对", "against"),
    /** 弃权. */
    ABSTAIN("弃权", "abstain");

    private final Bilingual name;

    Choice(String zh, String en) {
        this.name = Bilingual.of(zh, en);
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return name;
    }

    /** The vote a file names, in English or Chinese. */
    public static Optional<Choice> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Choice c : values()) {
            if (c.name().toLowerCase(Locale.ROOT).equals(t) || c.name.zh().equals(t) || c.name.en().equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
