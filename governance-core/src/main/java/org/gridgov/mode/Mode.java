package org.gridgov.mode;

import org.gridgov.i18n.Bilingual;

/** The two modes of 平急结合: ordinary times and emergency. A closed set. */
public enum Mode {
    NORMAL(Bilingual.of("平时", "normal")),
    EMERGENCY(Bilingual.of("急时", "emergency"));

    private final Bilingual displayName;

    Mode(Bilingual displayName) {
        this.displayName = displayName;
    }

    /** The mode's name. */
    public Bilingual displayName() {
        return displayName;
    }
}
