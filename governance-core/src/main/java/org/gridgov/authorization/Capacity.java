package org.gridgov.authorization;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.role.Assignment;

/**
 * A role a person acts in at an instant, as the roster has it: the assignment (primary, or backup acting for an
 * absent or vacant primary), the node the role is held at (for a role in an organization, the organization's node)
 * and the organization, if any.
 *
 * @param assignment   the roster's assignment
 * @param node         where the role is held
 * @param organization the organization it is held in, for organization-scoped roles
 * @param viaBackup    whether the person acts as the backup (B岗)
 */
public record Capacity(Assignment assignment, NodeId node, Optional<OrganizationId> organization, boolean viaBackup) {
    /** @throws NullPointerException if an argument is null */
    public Capacity {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(organization, "organization");
    }
}
