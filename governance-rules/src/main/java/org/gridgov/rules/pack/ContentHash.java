package org.gridgov.rules.pack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** SHA-256 over a pack and its parents: for each pack its id, then every file's relative path and bytes, sorted. */
final class ContentHash {
    private ContentHash() {
    }

    static String of(List<PackFolder> lineage) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        for (PackFolder p : lineage) {
            sha.update(("pack\0" + p.manifest().id() + "\0").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : p.files().entrySet()) {
                sha.update((f.getKey() + "\0" + f.getValue().length + "\0").getBytes(StandardCharsets.UTF_8));
                sha.update(f.getValue());
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
