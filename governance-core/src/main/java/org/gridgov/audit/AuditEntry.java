package org.gridgov.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A record in its place in the trail: its sequence number (from 1), the hash of the entry before it (the empty
 * chain's is {@link #GENESIS}) and its own hash, SHA-256 over the previous hash, the sequence and the record.
 * Editing any entry changes its hash, so the next entry no longer points at it.
 *
 * @param sequence the entry's place, from 1
 * @param record   what was recorded
 * @param previous the previous entry's hash
 * @param hash     this entry's hash
 */
public record AuditEntry(long sequence, AuditRecord record, String previous, String hash) {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** @throws NullPointerException if an argument is null */
    public AuditEntry {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(hash, "hash");
    }

    /** The entry that follows {@code previous} (null for the first) with this record. */
    public static AuditEntry after(AuditEntry previous, AuditRecord record) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String before = previous == null ? GENESIS : previous.hash();
        return new AuditEntry(sequence, record, before, hashOf(before, sequence, record));
    }

    /** Whether the hash is the one its content gives. */
    public boolean intact() {
        return hash.equals(hashOf(previous, sequence, record));
    }

    static String hashOf(String previous, long sequence, AuditRecord record) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((previous + "\u001e" + sequence + "\u001e" + record.canonical())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
