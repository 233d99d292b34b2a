package org.gridgov.issue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What a routing or escalation decision rested on, stored with the event it caused so that the explanation
 * survives a restart: the pack's id, version and content hash, and the rules that fired.
 *
 * @param packId      the pack's id
 * @param version     the pack's version
 * @param contentHash the hash of the pack's files
 * @param rules       the rules that fired, in order
 */
public record DecisionBasis(String packId, String version, String contentHash, List<String> rules) {
    public DecisionBasis {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contentHash, "contentHash");
        rules = ImmutableList.copyOf(rules);
    }
}
