package org.gridgov.service;

import org.gridgov.i18n.Bilingual;

/** What a resident asks for: a one-off micro-wish, or ongoing pairing help (结对帮扶需求) for a household. */
public enum WishKind {
    /** 微心愿: one small request, fulfilled by one service. */
    MICRO_WISH("微心愿", "micro-wish"),
    /** 结对帮扶: a household asks for a member to pair with it; fulfilled by the first confirmed service. */
    PAIRING_REQUEST("结对帮扶需求", "pairing request");

    private final Bilingual name;

    WishKind(String zh, String en) {
        this.name = Bilingual.of(zh, en);
    }

    /** The kind in words. */
    public Bilingual displayName() {
        return name;
    }
}
