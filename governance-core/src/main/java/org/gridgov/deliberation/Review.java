package org.gridgov.deliberation;

import org.gridgov.i18n.Bilingual;

/** The body's own verdict on how an item's resolution worked out (四评). */
public enum Review {
    /** 达到预期. */
    ACHIEVED("达到预期", "achieved"),
    /** 基本达到. */
    PARTLY("基本达到", "partly achieved"),
    /** 未达到. */
    NOT_ACHIEVED("未达到", "not achieved");

    private final Bilingual name;

    Review(String zh, String en) {
        this.name = Bilingual.of(zh, en);
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return name;
    }
}
