package org.gridgov.organization;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Set;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;

/**
 * A party-building alliance: a street's or community's "big party committee" (大党委) or a joint-building
 * alliance (党建联盟) in which a party body leads and resident units, departments and companies join. It sits
 * at a node, so its level is the node's level; Jiangyuan runs alliances at four levels.
 *
 * @param id      the alliance's id
 * @param name    display name
 * @param node    the node it sits at
 * @param lead    the leading organization, usually the party body of that node
 * @param members the member organizations; the lead may or may not be listed among them
 */
public record Alliance(AllianceId id, Bilingual name, NodeId node, OrganizationId lead,
                       Set<OrganizationId> members) {
    /** @throws NullPointerException if any component or member is null */
    public Alliance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(lead, "lead");
        members = ImmutableSet.copyOf(members); // keeps the declared order, so iteration is reproducible
    }

    /** True if the organization leads or belongs to this alliance. */
    public boolean involves(OrganizationId organization) {
        return lead.equals(organization) || members.contains(organization);
    }
}
