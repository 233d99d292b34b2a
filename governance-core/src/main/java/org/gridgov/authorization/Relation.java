package org.gridgov.authorization;

import java.util.Arrays;
import java.util.Optional;

/** How the actor must stand to the issue for a grant to apply. */
public enum Relation {
    /** Any relation, or none: the grant's other conditions decide. */
    ANY("any", "相关方"),
    /** The owner: its assigned person, or someone acting in a role in its organization (or at its node). */
    OWNER("owner", "承办方"),
    /** Someone acting in a role in one of the co-handling organizations (协办单位). */
    CO_HANDLER("co-handler", "协办单位"),
    /** Someone acting in a role in the organization the command concerns, summoned and not yet checked in. */
    SUMMONED("summoned", "被召集且未报到的单位"),
    /** Someone acting in a role in an organization summoned to the issue. */
    PARTICIPANT("participant", "被召集单位"),
    /** Whoever reported the issue: the same resident, or the same channel. */
    REPORTER("reporter", "反映人");

    private final String key;
    private final String zh;

    Relation(String key, String zh) {
        this.key = key;
        this.zh = zh;
    }

    /** The relation as policy staff read it: {@code 承办方}. */
    public String zh() {
        return zh;
    }

    /** The name permission files use. */
    public String key() {
        return key;
    }

    /** The relation a permission file names, if any. */
    public static Optional<Relation> byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
