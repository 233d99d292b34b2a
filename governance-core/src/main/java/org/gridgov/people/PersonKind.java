package org.gridgov.people;

import org.gridgov.i18n.Bilingual;

/** What a person is to the governance system; a person may be several at once. A closed set. */
public enum PersonKind {
    /** Lives in the city and may raise issues and rate their handling. */
    RESIDENT("居民", "resident"),
    /** A cadre of the party, a government body or a community. */
    CADRE("干部", "cadre"),
    /** A member of the party; their branch is recorded in {@link PartyMembership}. */
    PARTY_MEMBER("党员", "party member"),
    /** A registered volunteer. */
    VOLUNTEER("志愿者", "volunteer"),
    /** A grid worker (网格员), full-time or part-time. */
    GRID_WORKER("网格员", "grid worker");

    private final Bilingual displayName;

    PersonKind(String zh, String en) {
        this.displayName = Bilingual.of(zh, en);
    }

    /** The display name in Chinese and English. */
    public Bilingual displayName() {
        return displayName;
    }
}
