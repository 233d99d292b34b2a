package org.gridgov.profile;

/**
 * An organization type of the city's catalogue.
 *
 * @param id    its id, e.g. {@code community-party-committee}
 * @param name  display name, e.g. {@code 社区党委}
 * @param party true for party bodies (committees, branches, groups); default false
 */
public record OrganizationTypeSpec(String id, NameSpec name, Boolean party) {
    public OrganizationTypeSpec {
        party = party != null && party;
    }
}
