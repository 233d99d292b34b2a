package org.gridgov.rules.sandbox;

/** A class of the host that rules must not reach: a payload calling it would set a system property. */
public final class Canary {
    private Canary() {
    }

    /** Trips the canary. */
    public static void trip(String key) {
        System.setProperty(key, "tripped");
    }
}
