package org.gridgov.authorization;

import java.util.Arrays;
import java.util.Optional;

/** How the actor must stand to the issue for a grant to apply. */
public enum Relation {
    /** Any relation, or none: the grant's other conditions decide. */
    ANY("any"),
    /** The owner: its assigned person, or someone acting in a role in its organization (or at its node). */
    OWNER("owner"),
    /** Someone acting in a role in one of the co-handling organizations (协办单位). */
    CO_HANDLER("co-handler"),
    /** Someone acting in a role in the organization the command concerns, summoned and not yet checked in. */
    SUMMONED("summoned"),
    /** Someone acting in a role in an organization summoned to the issue. */
    PARTICIPANT("participant"),
    /** Whoever reported the issue: the same resident, or the same channel. */
    REPORTER("reporter");

    private final String key;

    Relation(String key) {
        this.key = key;
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
