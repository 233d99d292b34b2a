package org.gridgov.deliberation;

import org.gridgov.i18n.Bilingual;

/** Where an item came from (一提: who proposes). */
public enum Proposer {
    /** A resident, or residents together. */
    RESIDENT("resident", "居民提出", "proposed by a resident"),
    /** A grid worker collecting concerns (民情收集). */
    GRID_WORKER("grid-worker", "网格员收集", "collected by a grid worker"),
    /** A committee: the two committees, the owners' committee, a party body. */
    COMMITTEE("committee", "组织提出", "proposed by a committee"),
    /** Raised from cases: a cluster of cases, or one its owner cannot solve alone. */
    ISSUES("issues", "由案件提出", "raised from cases");

    private final String key;
    private final Bilingual name;

    Proposer(String key, String zh, String en) {
        this.key = key;
        this.name = Bilingual.of(zh, en);
    }

    /** The name files use. */
    public String key() {
        return key;
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return name;
    }
}
