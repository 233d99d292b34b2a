package org.gridgov.deliberation;

import org.gridgov.i18n.Bilingual;

/** Whose vote counts: one per seat (the five parties), or one per person present (a residents' meeting). */
public enum VotingMode {
    /** One vote per seat, cast by whoever takes the seat. */
    BY_SEAT("by-seat", "按席位表决", "one vote per seat"),
    /** One vote per person present. */
    BY_PERSON("by-person", "按人表决", "one vote per person present");

    private final String key;
    private final Bilingual name;

    VotingMode(String key, String zh, String en) {
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
