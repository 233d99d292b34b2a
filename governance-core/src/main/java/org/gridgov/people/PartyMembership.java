package org.gridgov.people;

import java.util.Objects;
import org.gridgov.organization.OrganizationId;

/**
 * A person's party membership.
 *
 * @param branch    the party organization the member belongs to (at their employer, or their community's
 *                  branch for retired members)
 * @param inService true for an in-service member (在职党员), who also reports in to a community: the one where
 *                  they live, else the one paired with their employer
 */
public record PartyMembership(OrganizationId branch, boolean inService) {
    /** @throws NullPointerException if the branch is null */
    public PartyMembership {
        Objects.requireNonNull(branch, "branch");
    }
}
