package org.gridgov.service;

import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;
import org.gridgov.organization.OrganizationTypeId;
import org.gridgov.people.PersonId;

/**
 * Where a reported-in member serves in the 立体网格: the temporary grid party branch of the grid they live in (the
 * party body the city's party chain gives that grid), and the volunteer team of their community (an organization of
 * the type the city names, e.g. {@code volunteer-team}). Either is empty where the city has none.
 *
 * @param branch the grid party branch
 * @param team   the volunteer team
 */
public record Placement(Optional<OrganizationId> branch, Optional<OrganizationId> team) {

    /** A member's placement; empty parts for a member without a residence in the community reported to. */
    public static Placement of(City city, ReportIn reportIn, OrganizationTypeId teamType) {
        Optional<PersonId> member = reportIn.member();
        var residence = member.flatMap(m -> city.people().find(m)).flatMap(p -> p.residence())
                .filter(r -> city.jurisdiction().isAncestorOrSelf(reportIn.community(), r));
        Optional<OrganizationId> branch = residence.flatMap(r -> city.jurisdiction().path(r).stream()
                .filter(n -> n.level().kind() == org.gridgov.jurisdiction.LevelKind.GRID).findFirst())
                .map(JurisdictionNode::id).flatMap(g -> city.organizations().partyBodyFor(g))
                .filter(o -> !o.node().equals(reportIn.community())).map(Organization::id);
        Optional<OrganizationId> team = city.organizations().at(reportIn.community()).stream()
                .filter(o -> o.type().equals(teamType)).findFirst().map(Organization::id);
        return new Placement(branch, team);
    }
}
