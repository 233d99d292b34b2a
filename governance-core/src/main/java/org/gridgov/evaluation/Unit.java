package org.gridgov.evaluation;

import java.util.Objects;
import org.gridgov.i18n.Bilingual;

/**
 * What is scored and ranked: a grid, community, street or district (by node), a department (by organization),
 * or a person.
 *
 * @param id    the node, organization or person id
 * @param kind  a node of the tree or an organization
 * @param level the level id for nodes, the organization type for departments; ranking groups units by it
 * @param name  display name
 */
public record Unit(String id, UnitKind kind, String level, Bilingual name) {
    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
    }
}
