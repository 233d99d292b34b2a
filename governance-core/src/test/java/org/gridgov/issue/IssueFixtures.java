package org.gridgov.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;

/** A noise complaint in one grid of one community, the actors who handle it, and a simulated clock. */
public final class IssueFixtures {
    public static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    public static final IssueId ISSUE = new IssueId("12345-20260302-0001");

    public static final NodeId GRID = new NodeId("220202001001-G03");
    public static final NodeId COMMUNITY = new NodeId("220202001001");
    public static final NodeId STREET = new NodeId("220202001");

    public static final OrganizationId URBAN_MANAGEMENT = new OrganizationId("street-urban-management");
    public static final OrganizationId POLICE = new OrganizationId("community-police");
    public static final OrganizationId PROPERTY = new OrganizationId("property-company");

    public static final PersonId RESIDENT_ID = new PersonId("resident-7");
    public static final PersonId GRID_WORKER_ID = new PersonId("worker-3");

    public static final Actor HOTLINE = Actor.system("hotline-12345", Bilingual.of("12345热线", "12345 hotline"));
    public static final Actor ENGINE = Actor.system("escalation", Bilingual.of("升级引擎", "escalation engine"));
    public static final Actor GRID_WORKER =
            Actor.inRole(GRID_WORKER_ID, new RoleTypeId("grid-worker"), RoleTarget.at(GRID));
    public static final Actor RESIDENT = Actor.resident(RESIDENT_ID);

    public static final Owner GRID_OWNER = Owner.person(GRID, GRID_WORKER_ID);
    public static final Owner COMMUNITY_OWNER = Owner.atNode(COMMUNITY);
    public static final Owner STREET_OWNER = Owner.organization(STREET, URBAN_MANAGEMENT);

    public static final Bilingual BECAUSE = Bilingual.of("按属地派单", "routed to where it happens");

    private IssueFixtures() {
    }

    /** The simulated clock: {@code minutes} after {@link #T0}. */
    public static Instant at(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    public static IssueFacts noiseComplaint() {
        return new IssueFacts(new CategoryId("environment.noise"), new ChannelId("hotline-12345"), GRID,
                Optional.of(RESIDENT_ID), "楼下烧烤店深夜噪音扰民", Severity.LOW, Set.of("night"));
    }

    /** The value of an outcome that must have been accepted. */
    public static Issue accepted(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted) outcome).issue();
    }

    /** The rejection of an outcome that must have been refused. */
    public static Rejection rejected(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return ((Outcome.Rejected) outcome).rejection();
    }

    /** Asserts the outcome is a refusal with the given code and returns it. */
    public static Rejection refusedWith(Outcome outcome, String code) {
        Rejection r = rejected(outcome);
        assertThat(r.code()).isEqualTo(code);
        return r;
    }

    public static Issue reported() {
        return accepted(Issue.report(ISSUE, noiseComplaint(), HOTLINE, at(0)));
    }

    public static Issue dispatched() {
        return accepted(reported().route(GRID_OWNER, BECAUSE, ENGINE, at(1)));
    }

    public static Issue inProgress() {
        return accepted(dispatched().accept(GRID_WORKER, at(2)));
    }

    public static Issue resolved() {
        return accepted(inProgress().resolve("已协调店主调整营业时间", GRID_WORKER, at(3)));
    }

    public static Issue closed() {
        return accepted(resolved().close(Closure.RESOLVED, "", HOTLINE, at(4)));
    }
}
