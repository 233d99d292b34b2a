package org.gridgov.role;

import static org.gridgov.validation.ProblemAssertions.assertOnly;
import static org.gridgov.validation.ProblemAssertions.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.role.Rosters.BUILDING_LEADER;
import static org.gridgov.role.Rosters.GRID_1;
import static org.gridgov.role.Rosters.GRID_LEADER;
import static org.gridgov.role.Rosters.SECRETARY;
import static org.gridgov.role.Rosters.START;
import static org.gridgov.role.Rosters.assignment;
import static org.gridgov.role.Rosters.away;
import static org.gridgov.role.Rosters.noon;
import static org.gridgov.role.Rosters.org;
import static org.gridgov.role.Rosters.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;
import org.junit.jupiter.api.Test;

class RosterBuilderRejectsTest {
    private final Rosters fixture = Rosters.city();

    private List<Problem> problems(UnaryOperator<RosterBuilder> change) {
        return problemsOf(change.apply(fixture.builder())::build);
    }

    @Test
    void duplicateRoleTypeIsRejected() {
        assertOnly(problems(b -> b.roleType(RoleType.atLevel("grid-leader", "网格长", "grid leader", "grid"))),
                "role-type", "grid-leader", "id", "grid-leader");
    }

    @Test
    void unknownRoleTypeIsRejected() {
        assertOnly(problems(b -> b.assign(new Assignment(person("gw-a"), new RoleTypeId("mayor"), GRID_1,
                        Post.PRIMARY, START, Optional.empty()))),
                "assignment", "#1", "role", "mayor");
    }

    @Test
    void unknownPersonIsRejected() {
        assertOnly(problems(b -> b.assign(assignment("ghost", Post.PRIMARY, START, Optional.empty()))),
                "assignment", "#1", "person", "ghost");
    }

    @Test
    void unknownNodeIsRejected() {
        assertOnly(problems(b -> b.assign(new Assignment(person("gw-a"), GRID_LEADER,
                        RoleTarget.at(new NodeId("NOWHERE")), Post.PRIMARY, START, Optional.empty()))),
                "assignment", "#1", "target", "NOWHERE");
    }

    @Test
    void unknownOrganizationIsRejected() {
        assertOnly(problems(b -> b.assign(new Assignment(person("gw-a"), SECRETARY, RoleTarget.in(org("GHOST")),
                        Post.PRIMARY, START, Optional.empty()))),
                "assignment", "#1", "target", "GHOST");
    }

    @Test
    void aNodeRoleGivenAnOrganizationIsRejected() {
        assertOnly(problems(b -> b.assign(new Assignment(person("gw-a"), GRID_LEADER, RoleTarget.in(org("S1C1-RC")),
                        Post.PRIMARY, START, Optional.empty()))),
                "assignment", "#1", "target", "S1C1-RC");
    }

    @Test
    void anOrganizationRoleGivenANodeIsRejected() {
        assertOnly(problems(b -> b.assign(new Assignment(person("gw-a"), SECRETARY, GRID_1,
                        Post.PRIMARY, START, Optional.empty()))),
                "assignment", "#1", "target", "S1C1E1G1");
    }

    @Test
    void aNodeRoleAtTheWrongLevelIsRejected() {
        assertOnly(problems(b -> b.assign(new Assignment(person("gw-a"), BUILDING_LEADER, GRID_1,
                        Post.PRIMARY, START, Optional.empty()))),
                "assignment", "#1", "target", "building");
    }

    @Test
    void aNodeRoleWithoutALevelMayBeHeldAtAnyNode() {
        Roster r = fixture.builder()
                .roleType(new RoleType(new RoleTypeId("liaison"), org.gridgov.i18n.Bilingual.of("联络员", "liaison"),
                        RoleScope.NODE, Optional.empty()))
                .assign(new Assignment(person("gw-a"), new RoleTypeId("liaison"), RoleTarget.at(new NodeId("S2")),
                        Post.PRIMARY, START, Optional.empty()))
                .build();
        assertThat(r.assignments()).hasSize(1);
    }

    @Test
    void anOrganizationRoleCannotNameALevel() {
        assertThatThrownBy(() -> new RoleType(SECRETARY, org.gridgov.i18n.Bilingual.zh("书记"),
                RoleScope.ORGANIZATION, Optional.of(new LevelId("grid")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAssignmentEndingBeforeItStartsIsRejected() {
        assertOnly(problems(b -> b.assign(assignment("gw-a", Post.PRIMARY, LocalDate.of(2025, 3, 2),
                        Optional.of(LocalDate.of(2025, 3, 1))))),
                "assignment", "#1", "until", "2025-03-01");
    }

    @Test
    void overlappingPrimariesAreRejectedOnTheLaterOne() {
        assertOnly(problems(b -> b
                        .assign(assignment("gw-a", Post.PRIMARY, START, Optional.of(LocalDate.of(2025, 3, 1))))
                        .assign(assignment("gw-b", Post.BACKUP, START, Optional.empty()))
                        .assign(assignment("gw-c", Post.PRIMARY, LocalDate.of(2025, 3, 1), Optional.empty()))),
                "assignment", "#3", "from", "#1");
    }

    @Test
    void consecutivePrimariesAndOverlappingBackupsAreFine() {
        Roster r = fixture.builder()
                .assign(assignment("gw-a", Post.PRIMARY, START, Optional.of(LocalDate.of(2025, 2, 28))))
                .assign(assignment("gw-c", Post.PRIMARY, LocalDate.of(2025, 3, 1), Optional.empty()))
                .assign(assignment("gw-b", Post.BACKUP, START, Optional.empty()))
                .assign(assignment("member-home", Post.BACKUP, START, Optional.empty()))
                .build();
        assertThat(r.actingFor(GRID_LEADER, GRID_1, noon(LocalDate.of(2025, 3, 1)))).map(Acting::person)
                .contains(person("gw-c"));
    }

    @Test
    void anAbsenceOfAnUnknownPersonIsRejected() {
        Instant at = noon(START);
        assertOnly(problems(b -> b.absence(away("ghost", at, at.plusSeconds(60)))), "absence", "#1", "person",
                "ghost");
    }

    @Test
    void anAbsenceThatDoesNotEndAfterItStartsIsRejected() {
        Instant at = noon(START);
        assertOnly(problems(b -> b.absence(away("gw-a", at, at))), "absence", "#1", "until", at.toString());
    }

    @Test
    void withAbsenceValidatesToo() {
        Roster roster = fixture.gridOneWithTwoBackups();
        Instant at = noon(START);
        assertThatThrownBy(() -> roster.withAbsence(away("ghost", at, at.minusSeconds(1))))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems())
                        .extracting(Problem::kind, Problem::id, Problem::field)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("absence", "#1", "person"),
                                org.assertj.core.groups.Tuple.tuple("absence", "#1", "until")));
        assertThat(roster.absences()).isEmpty();
    }

    @Test
    void directoriesOverAnotherJurisdictionAreRefused() {
        Rosters other = Rosters.city();
        assertThatThrownBy(() -> Roster.builder(Rosters.SHANGHAI, fixture.city, other.orgs, fixture.people))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Problem> found = problems(b -> b
                .assign(assignment("ghost", Post.PRIMARY, START, Optional.of(START.minusDays(1))))
                .assign(new Assignment(person("gw-a"), SECRETARY, GRID_1, Post.BACKUP, START, Optional.empty())));
        assertThat(found).extracting(Problem::id, Problem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("#1", "person"),
                org.assertj.core.groups.Tuple.tuple("#1", "until"),
                org.assertj.core.groups.Tuple.tuple("#2", "target"));
    }
}
