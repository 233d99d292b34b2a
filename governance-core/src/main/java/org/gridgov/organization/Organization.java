package org.gridgov.organization;

import java.util.Objects;
import java.util.Optional;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;

/**
 * An organization attached to a node of the jurisdiction: a street's party working committee at the street,
 * a residents' committee at its community, a property company or resident unit at the community it serves,
 * a party group at its grid.
 *
 * @param id     the organization's id
 * @param type   its type, from the city's catalogue
 * @param name   display name
 * @param node   the jurisdiction node it is attached to
 * @param parent the organization it reports to (a branch's community committee), if any
 */
public record Organization(OrganizationId id, OrganizationTypeId type, Bilingual name, NodeId node,
                           Optional<OrganizationId> parent) {
    /** @throws NullPointerException if any component is null */
    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(parent, "parent");
    }

    /** A top organization (no parent), for code-written fixtures and catalogues. */
    public static Organization of(String id, String type, Bilingual name, String node) {
        return new Organization(new OrganizationId(id), new OrganizationTypeId(type), name, new NodeId(node),
                Optional.empty());
    }

    /** This organization reporting to {@code parent}. */
    public Organization under(String parent) {
        return new Organization(id, type, name, node, Optional.of(new OrganizationId(parent)));
    }
}
