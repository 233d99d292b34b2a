package org.gridgov.role;

import java.util.Objects;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;

/**
 * Where a role is held: at a jurisdiction node (a grid leader of a grid) or in an organization (the secretary
 * of a party branch, an officer of a department).
 */
public sealed interface RoleTarget {

    /** A role held at a node of the jurisdiction tree. */
    record AtNode(NodeId node) implements RoleTarget {
        public AtNode {
            Objects.requireNonNull(node, "node");
        }

        @Override
        public String toString() {
            return "node " + node;
        }
    }

    /** A role held in an organization. */
    record InOrganization(OrganizationId organization) implements RoleTarget {
        public InOrganization {
            Objects.requireNonNull(organization, "organization");
        }

        @Override
        public String toString() {
            return "organization " + organization;
        }
    }

    /** A role at a node. */
    static RoleTarget at(NodeId node) {
        return new AtNode(node);
    }

    /** A role in an organization. */
    static RoleTarget in(OrganizationId organization) {
        return new InOrganization(organization);
    }
}
