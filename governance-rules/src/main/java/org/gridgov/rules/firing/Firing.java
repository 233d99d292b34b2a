package org.gridgov.rules.firing;

import java.util.List;
import java.util.Map;
import org.gridgov.rules.facts.Proposal;

/**
 * One rule firing during a routing: the rule, what it proposed, and the facts it matched.
 *
 * @param rule      the rule's name
 * @param proposals what its actions asked for
 * @param matched   the facts it matched, by declaration, as text
 */
public record Firing(String rule, List<Proposal> proposals, Map<String, String> matched) {
    public Firing {
        proposals = List.copyOf(proposals);
        matched = Map.copyOf(matched);
    }
}
