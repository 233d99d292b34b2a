package org.gridgov.policy;

import java.util.Objects;

/**
 * Which policy made a decision: the pack's id, its version as its authors numbered it, and the hash of its
 * content, so that a decision can be traced to the exact files that made it.
 *
 * @param packId      the pack's id, e.g. {@code jilin}
 * @param version     the pack's declared version, e.g. {@code 2024.3}
 * @param contentHash a hash of every file of the pack and of the packs it extends
 */
public record PolicyVersion(String packId, String version, String contentHash) {
    public PolicyVersion {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    @Override
    public String toString() {
        return packId + "@" + version + " (" + (contentHash.length() > 12 ? contentHash.substring(0, 12) : contentHash) + ")";
    }
}
