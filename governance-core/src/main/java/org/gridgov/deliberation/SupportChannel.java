package org.gridgov.deliberation;

import org.gridgov.i18n.Bilingual;

/** How a resident gave their support: the same person online and in person counts once. */
public enum SupportChannel {
    /** On the platform or an app. */
    ONLINE("线上", "online"),
    /** On paper or in person, recorded by staff. */
    OFFLINE("线下", "in person");

    private final Bilingual name;

    SupportChannel(String zh, String en) {
        this.name = Bilingual.of(zh, en);
    }

    /** The name shown to people. */
    public Bilingual displayName() {
        return name;
    }
}
