package org.gridgov.people;

import org.gridgov.i18n.Bilingual;

/** The key groups (关键人群: 老、幼、残、工、青、妇) registered for targeted service. A closed set. */
public enum KeyGroup {
    /** 老: the elderly. */
    ELDERLY("老年人", "elderly"),
    /** 幼: children. */
    CHILDREN("儿童", "children"),
    /** 残: people with disabilities. */
    DISABLED("残疾人", "people with disabilities"),
    /** 工: workers, including new-economy workers such as couriers and riders. */
    WORKERS("职工", "workers"),
    /** 青: youth. */
    YOUTH("青年", "youth"),
    /** 妇: women. */
    WOMEN("妇女", "women");

    private final Bilingual displayName;

    KeyGroup(String zh, String en) {
        this.displayName = Bilingual.of(zh, en);
    }

    /** The display name in Chinese and English. */
    public Bilingual displayName() {
        return displayName;
    }
}
