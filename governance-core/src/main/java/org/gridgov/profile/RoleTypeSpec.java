package org.gridgov.profile;

/**
 * A role type of the city's catalogue.
 *
 * @param id    its id, e.g. {@code grid-leader}
 * @param name  display name, e.g. {@code 网格长}
 * @param scope {@code node} (held at a jurisdiction node) or {@code organization} (held in an organization)
 * @param level for node roles, the level the role sits at; absent for any level
 */
public record RoleTypeSpec(String id, NameSpec name, String scope, String level) {
}
