package org.gridgov.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of one issue's timeline in an event log: each event's link is SHA-256 over the link before it
 * (64 zeros for the first event) and the event's canonical JSON, so that editing, dropping, inserting or moving an
 * event breaks the chain from there on.
 */
final class EventChain {
    static final String START = "0".repeat(64);

    private EventChain() {
    }

    static String next(String previous, String canonicalEvent) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonicalEvent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
