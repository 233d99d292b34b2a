package org.gridgov.policy;

import java.util.Map;
import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * One rule that fired for a decision.
 *
 * @param rule        the rule's name as written in its file
 * @param description what the rule says, from its metadata, in Chinese and English (the name when it has none)
 * @param matched     the facts it matched, by name, as text (e.g. {@code category → environment.noise})
 */
public record RuleTrace(String rule, Bilingual description, Map<String, String> matched) {
    public RuleTrace {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(description, "description");
        matched = Map.copyOf(matched);
    }
}
