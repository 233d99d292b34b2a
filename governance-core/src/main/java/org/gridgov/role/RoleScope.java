package org.gridgov.role;

/** Where a role type is held: at a jurisdiction node, or in an organization. A closed set. */
public enum RoleScope {
    /** Held at a node: grid leader of a grid, building leader of a building. Targets are {@link RoleTarget.AtNode}. */
    NODE,
    /** Held in an organization: branch secretary, department liaison. Targets are {@link RoleTarget.InOrganization}. */
    ORGANIZATION
}
