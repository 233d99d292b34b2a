package org.gridgov.issue;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;

/**
 * Who is responsible for an issue now. Every owner sits at a jurisdiction node (the grid, community or street
 * whose level handles the case), optionally narrowed to an organization there (a department, a property
 * company) and to a person. The node lets invariants such as "an open issue is owned on its own location's
 * path" be checked against the tree.
 *
 * @param node         where the responsibility sits
 * @param organization the organization responsible, if named
 * @param person       the person responsible, if named
 */
public record Owner(NodeId node, Optional<OrganizationId> organization, Optional<PersonId> person) {
    /** @throws NullPointerException if an argument is null (use {@link Optional#empty()}) */
    public Owner {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(person, "person");
    }

    /** The level at a node as a whole, such as a community's grid station. */
    public static Owner atNode(NodeId node) {
        return new Owner(node, Optional.empty(), Optional.empty());
    }

    /** An organization at a node, such as a street's urban management office. */
    public static Owner organization(NodeId node, OrganizationId organization) {
        return new Owner(node, Optional.of(organization), Optional.empty());
    }

    /** A person at a node, such as the grid worker of a grid. */
    public static Owner person(NodeId node, PersonId person) {
        return new Owner(node, Optional.empty(), Optional.of(person));
    }

    /** A person of an organization at a node. */
    public static Owner person(NodeId node, OrganizationId organization, PersonId person) {
        return new Owner(node, Optional.of(organization), Optional.of(person));
    }

    @Override
    public String toString() {
        return node + organization.map(o -> "/" + o).orElse("") + person.map(p -> "/" + p).orElse("");
    }
}
