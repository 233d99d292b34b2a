package org.gridgov.policy;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Owner;

/**
 * An owner a rule proposed, whether it won or lost.
 *
 * @param rule     the proposing rule
 * @param priority its priority; the highest wins (see the policy's documentation for ties)
 * @param owner    the owner it resolved to, if it resolved to one
 * @param outcome  why it won or lost, in Chinese and English
 */
public record Candidate(String rule, int priority, Optional<Owner> owner, Bilingual outcome) {
    public Candidate {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(outcome, "outcome");
    }
}
