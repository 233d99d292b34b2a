package org.gridgov.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.fixtures.Cities;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.people.KeyGroup;
import org.gridgov.people.People;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;
import org.junit.jupiter.api.Test;

/** Which visits a period brings to the registered key groups, and how a plan is read. */
class FollowUpVisitsTest {
    static final LocalDate ANCHOR = LocalDate.of(2024, 1, 31);

    static People people() {
        Jurisdiction city = Cities.cityWithTwoStreets();
        return Cities.people(city, Cities.organizations(city));
    }

    static VisitPlan plan(Map<String, String> cadence) {
        return VisitPlan.parse("settings.visits", "visits", "door-visit", cadence, ANCHOR);
    }

    @Test
    void monthlyElderlyAndQuarterlyYouthFallOnTheirDaysWithoutDrift() {
        VisitPlan plan = plan(Map.of("elderly", "每月", "youth", "quarterly"));

        List<Visit> due = FollowUpVisits.due(people(), plan, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 5, 1));

        // Months are added to the anchor (Jan 31): Feb 29, Mar 31, Apr 30, never "Feb 29 + 1 month" = Mar 29.
        assertThat(due).extracting(v -> v.person().value() + " " + v.date() + " " + v.groups()).containsExactly(
                "resident 2024-02-29 [ELDERLY]", "retired 2024-02-29 [ELDERLY]",
                "resident 2024-03-31 [ELDERLY]", "retired 2024-03-31 [ELDERLY]",
                "member-street 2024-04-30 [YOUTH]", "resident 2024-04-30 [ELDERLY]",
                "retired 2024-04-30 [ELDERLY]");
    }

    @Test
    void onePersonInTwoGroupsDueTheSameDayGetsOneVisitAndNobodyWithoutAResidenceIsListed() {
        VisitPlan plan = plan(Map.of("women", "P1M", "youth", "每月"));

        List<Visit> due = FollowUpVisits.due(people(), plan, ANCHOR, ANCHOR.plusDays(1));

        // member-away (women and youth) has no residence: nowhere to visit; member-street is youth only.
        assertThat(due).singleElement().satisfies(v -> {
            assertThat(v.person().value()).isEqualTo("member-street");
            assertThat(v.groups()).containsExactly(KeyGroup.YOUTH);
            assertThat(v.residence().value()).isEqualTo("S1");
        });
    }

    @Test
    void groupsWithoutACadenceAreNotVisitedAndTheEndIsExclusive() {
        VisitPlan plan = plan(Map.of("disabled", "每周"));
        assertThat(FollowUpVisits.due(people(), plan, ANCHOR, ANCHOR.plusYears(1))).isEmpty();
        VisitPlan elderly = plan(Map.of("老年人", "每年"));
        assertThat(FollowUpVisits.due(people(), elderly, LocalDate.of(2024, 2, 1), LocalDate.of(2025, 1, 31)))
                .isEmpty();
        assertThat(FollowUpVisits.due(people(), elderly, LocalDate.of(2024, 2, 1), LocalDate.of(2025, 2, 1)))
                .hasSize(2);
    }

    @Test
    void aVisitsIssueCarriesTheMaskedNameTagsAndAStableId() {
        Visit v = FollowUpVisits.due(people(), plan(Map.of("elderly", "每月")), ANCHOR, ANCHOR.plusDays(1)).get(0);

        assertThat(v.issueId().value()).isEqualTo("visit-resident-20240131");
        var facts = v.facts(plan(Map.of("elderly", "每月")));
        assertThat(facts.category().value()).isEqualTo("visits");
        assertThat(facts.channel().value()).isEqualTo("door-visit");
        assertThat(facts.location().value()).isEqualTo("S1C1E1G1B1");
        assertThat(facts.tags()).containsExactly("key-group:elderly");
        assertThat(facts.description()).isEqualTo("关键人群走访：老年人（王**）").doesNotContain("王小明");
    }

    @Test
    void aBadPlanIsRefusedWithEveryProblemAtItsPath() {
        Map<String, String> cadence = new LinkedHashMap<>();
        cadence.put("elderly", "sometimes");
        cadence.put("pensioners", "每月");
        cadence.put("youth", "P0D");

        assertThatThrownBy(() -> VisitPlan.parse("settings.visits", " ", "door-visit", cadence, ANCHOR))
                .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems())
                        .extracting(Problem::id).containsExactly("settings.visits.category",
                                "settings.visits.cadence.elderly", "settings.visits.cadence.pensioners",
                                "settings.visits.cadence.youth"))
                .hasMessageContaining("cannot read the cadence 'sometimes'")
                .hasMessageContaining("unknown key group 'pensioners'");
        assertThatThrownBy(() -> new VisitPlan(plan(Map.of()).category(), plan(Map.of()).channel(),
                Map.of(KeyGroup.WOMEN, Period.ZERO), ANCHOR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FollowUpVisits.due(people(), plan(Map.of()), ANCHOR, ANCHOR.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
