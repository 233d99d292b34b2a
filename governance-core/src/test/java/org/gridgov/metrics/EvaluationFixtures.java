package org.gridgov.metrics;

import java.time.YearMonth;
import java.time.ZoneId;
import org.gridgov.fixtures.Cities;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Owner;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;

/** Owners in {@link Cities#cityWithTwoStreets()} and March 2026 in Shanghai. */
final class EvaluationFixtures {
    static final Jurisdiction CITY = Cities.cityWithTwoStreets();
    static final Period MARCH = Period.month(YearMonth.of(2026, 3), ZoneId.of("Asia/Shanghai"));

    static final NodeId S1 = new NodeId("S1");
    static final NodeId S1C1 = new NodeId("S1C1");
    static final NodeId S2 = new NodeId("S2");

    static final PersonId P1 = new PersonId("worker-g1");
    static final PersonId P2 = new PersonId("worker-g2");
    static final PersonId P3 = new PersonId("worker-g3");
    static final OrganizationId URBAN_MANAGEMENT = new OrganizationId("S1-urban-management");
    static final OrganizationId POLICE = new OrganizationId("police");
    static final OrganizationId PROPERTY = new OrganizationId("property");

    /** Grid one of street one. */
    static final Owner GRID1 = Owner.person(new NodeId("S1C1E1G1"), P1);
    /** Grid two of street one. */
    static final Owner GRID2 = Owner.person(new NodeId("S1C1E1G2"), P2);
    /** Grid three, in street two. */
    static final Owner GRID3 = Owner.person(new NodeId("S2C1G1"), P3);
    /** Street one's urban management office. */
    static final Owner STREET1_UM = Owner.organization(S1, URBAN_MANAGEMENT);

    static final long HOUR = 60;
    static final long DAY = 24 * HOUR;

    private EvaluationFixtures() {
    }

    static IssueId id(String value) {
        return new IssueId(value);
    }
}
