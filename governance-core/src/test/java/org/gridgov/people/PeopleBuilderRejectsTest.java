package org.gridgov.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.fixtures.Cities.cityWithTwoStreets;
import static org.gridgov.fixtures.Cities.node;
import static org.gridgov.fixtures.Cities.org;
import static org.gridgov.fixtures.Cities.organizations;
import static org.gridgov.fixtures.Cities.persons;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.organization.Organizations;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;
import org.gridgov.validation.ProblemAssertions;
import org.junit.jupiter.api.Test;

class PeopleBuilderRejectsTest {
    private final Jurisdiction city = cityWithTwoStreets();
    private final Organizations orgs = organizations(city);

    private List<Problem> problems(Person... extra) {
        PeopleBuilder b = People.builder(city, orgs).addAll(persons()).addAll(List.of(extra));
        try {
            b.build();
        } catch (InvalidModelException e) {
            assertThat(e.getMessage()).doesNotContain("13812345678", "王小明");
            return e.problems();
        }
        throw new AssertionError("expected the directory to be rejected");
    }

    private static void assertOnly(List<Problem> problems, String id, String field, String mentions) {
        ProblemAssertions.assertOnly(problems, "person", id, field, mentions);
    }

    @Test
    void duplicateIdIsRejected() {
        assertOnly(problems(Person.of("resident", "王小明").withPhone(new PhoneNumber("13812345678"))),
                "resident", "id", "resident");
    }

    @Test
    void unknownResidenceIsRejected() {
        assertOnly(problems(Person.of("x", "某人").livingAt(node("NOWHERE"))), "x", "residence", "NOWHERE");
    }

    @Test
    void unknownEmployerIsRejected() {
        assertOnly(problems(Person.of("x", "某人").employedBy(org("GHOST"))), "x", "employer", "GHOST");
    }

    @Test
    void unknownPartyBranchIsRejected() {
        assertOnly(problems(Person.of("x", "某人").partyMember(org("GHOST"), true)), "x", "party.branch", "GHOST");
    }

    @Test
    void aBranchThatIsNotAPartyBodyIsRejected() {
        assertOnly(problems(Person.of("x", "某人").partyMember(org("S1C1-RC"), false)), "x", "party.branch",
                "S1C1-RC");
    }

    @Test
    void aMembershipWithoutThePartyMemberKindIsRejected() {
        Person inconsistent = new Person(new PersonId("x"), "某人", EnumSet.of(PersonKind.RESIDENT),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(new PartyMembership(org("BUREAU-PB"), true)), Set.of());
        assertOnly(problems(inconsistent), "x", "kinds", "x");
    }

    @Test
    void thePartyMemberKindWithoutAMembershipIsRejected() {
        assertOnly(problems(Person.of("x", "某人", PersonKind.PARTY_MEMBER)), "x", "kinds", "x");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problems(Person.of("x", "某人").livingAt(node("NOWHERE")).employedBy(org("GHOST")),
                Person.of("y", "某人", PersonKind.PARTY_MEMBER)))
                .extracting(Problem::id, Problem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("x", "residence"),
                        org.assertj.core.groups.Tuple.tuple("x", "employer"),
                        org.assertj.core.groups.Tuple.tuple("y", "kinds"));
    }

    @Test
    void aPersonNeedsANameAndAKind() {
        assertThatThrownBy(() -> Person.of("x", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Person(new PersonId("x"), "某人", Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
