package org.gridgov.deliberation;

import org.gridgov.i18n.Bilingual;

/** How a seat was taken at a meeting. */
public enum Presence {
    /** The seat's holder came. */
    PRESENT("出席", "present"),
    /** Someone came in the holder's place (委托代表). */
    REPRESENTED("委托出席", "represented"),
    /** Nobody came. */
    ABSENT("缺席", "absent");

    private final Bilingual name;

    Presence(String zh, String en) {
        this.name = Bilingual.of(zh, en);
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return name;
    }

    /** Whether the seat counts as taken. */
    public boolean taken() {
        return this != ABSENT;
    }
}
