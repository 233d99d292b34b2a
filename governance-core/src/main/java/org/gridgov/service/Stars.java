package org.gridgov.service;

import java.util.Objects;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;

/**
 * A member's service stars for a period (三亮: 亮身份、亮承诺、亮服务, ranked each quarter).
 *
 * @param quarter     what the member did
 * @param stars       0 to 5
 * @param explanation which rule gave them
 * @param version     the pack that decided
 */
public record Stars(MemberQuarter quarter, int stars, Explanation explanation, PolicyVersion version) {
    public Stars {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(version, "version");
        if (stars < 0 || stars > 5) {
            throw new IllegalArgumentException("stars are 0 to 5, got " + stars);
        }
    }
}
