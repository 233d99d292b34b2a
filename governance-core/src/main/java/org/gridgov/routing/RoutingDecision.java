package org.gridgov.routing;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.policy.Explanation;
import org.gridgov.policy.PolicyVersion;
import org.gridgov.role.Acting;
import org.gridgov.role.RoleTypeId;
import org.gridgov.time.TimeLimit;

/**
 * Where an issue goes: the handling level, the owner (node, organization, person), the role that owns it and
 * who acts in it now (the A/B backup applied), co-handlers, the time limit, and why.
 *
 * @param level       the handling level
 * @param owner       the owner; always a node on the issue's own path to the root
 * @param role        the owning role, if the decision names one
 * @param acting      who acts in that role at the decision's instant, if anyone does
 * @param coHandlers  organizations that handle it together with the owner
 * @param timeLimit   the time limit that applies
 * @param explanation why
 * @param policy      the pack version that decided
 */
public record RoutingDecision(LevelId level, Owner owner, Optional<RoleTypeId> role, Optional<Acting> acting,
                              List<OrganizationId> coHandlers, TimeLimit timeLimit, Explanation explanation,
                              PolicyVersion policy) {
    public RoutingDecision {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(acting, "acting");
        coHandlers = ImmutableList.copyOf(coHandlers);
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(policy, "policy");
    }
}
