package org.gridgov.profile;

import java.util.List;

/**
 * An alliance (大党委, 党建联盟): a lead organization and its members, sitting at a node.
 *
 * @param id      its id
 * @param name    display name
 * @param node    the node it sits at (its level is the node's level)
 * @param lead    the leading organization
 * @param members member organizations
 */
public record AllianceSpec(String id, NameSpec name, String node, String lead, List<String> members) {
    public AllianceSpec {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
