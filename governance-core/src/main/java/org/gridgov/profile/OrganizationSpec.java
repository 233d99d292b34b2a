package org.gridgov.profile;

/**
 * An organization attached to a jurisdiction node.
 *
 * @param id     its id
 * @param type   its organization type id
 * @param name   display name
 * @param node   the node it is attached to
 * @param parent the organization it belongs to, if any (a party branch under a community party committee)
 */
public record OrganizationSpec(String id, String type, NameSpec name, String node, String parent) {
}
