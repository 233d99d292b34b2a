package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridgov.actor.Actor;
import org.gridgov.GridGov;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.engine.CityGovernance;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Owner;
import org.gridgov.rules.pack.CompiledPack;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.visit.FollowUpVisits;
import org.gridgov.visit.Visit;
import org.gridgov.visit.VisitPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 敲万家门、访万家情: the key-group residents registered in 江源区's profile are visited on the cadence of the pack's
 * {@code settings.visits}, each visit filed as an issue and routed by the pack (the building leader of the 双三长
 * for residents of a building, else the grid).
 */
class JiangyuanKeyGroupVisitsTest {
    static City city;
    static CompiledPack pack;
    static final LocalDate ANCHOR = LocalDate.of(2024, 4, 2);
    static final Actor SCHEDULER = Parties.PLATFORM; // the platform files the visit plan's cases

    @BeforeAll
    static void load() throws Exception {
        city = ExampleCities.load("jiangyuan");
        pack = ExampleCities.loadPack(city).orElseThrow();
    }

    static VisitPlan plan() {
        return PackVisits.plan(pack.manifest().settings(), ANCHOR).orElseThrow();
    }

    @Test
    void everyRegisteredMemberOfTheSixGroupsIsDueOnTheFirstDayAndOnlyTheMonthlyOnesAMonthLater() {
        List<Visit> first = FollowUpVisits.due(city.people(), plan(), ANCHOR, ANCHOR.plusDays(1));
        assertThat(first).extracting(v -> v.person().value()).containsExactlyInAnyOrder("p-li", "p-wangzh", "p-guo",
                "p-yang", "p-he", "p-zhou");
        assertThat(first.stream().flatMap(v -> v.groups().stream()).map(Enum::name).collect(Collectors.toSet()))
                .as("all six key groups (老、幼、残、工、青、妇)").hasSize(6);
        // 每月: elderly and disabled; the quarterly and half-yearly groups wait.
        assertThat(FollowUpVisits.due(city.people(), plan(), ANCHOR.plusDays(1), ANCHOR.plusMonths(1).plusDays(1)))
                .extracting(v -> v.person().value() + " " + v.date()).containsExactlyInAnyOrder(
                        "p-li 2024-05-02", "p-guo 2024-05-02");
    }

    @Test
    void filedVisitsAreRoutedByThePackAndFilingTwiceFilesOnce() {
        CityGovernance engine = GridGov.forCity(city).pack(pack, ExampleCities.packSource("jiangyuan")).build().engine();
        Instant at = Instant.parse("2024-04-02T01:00:00Z"); // 09:00 in Jiangyuan; 陈淑芬 (楼长 A) is away
        List<Visit> due = FollowUpVisits.due(city.people(), plan(), ANCHOR, ANCHOR.plusDays(1));

        assertThat(FollowUpVisits.file(engine, plan(), due, SCHEDULER, at)).hasSize(6);
        assertThat(FollowUpVisits.file(engine, plan(), due, SCHEDULER, at.plusSeconds(3600))).isEmpty();

        Map<String, String> owners = engine.issues().stream().collect(Collectors.toMap(i -> i.id().value(),
                JiangyuanKeyGroupVisitsTest::owner));
        // Building 1: the 楼长's B post (a cadre 三长) stands in for the A post; building 2 has no 楼长 on record.
        assertThat(owners).containsEntry("visit-p-li-20240402", "220605001005-G01-B01/p-zhang")
                .containsEntry("visit-p-wangzh-20240402", "220605001005-G01-B01/p-zhang")
                .containsEntry("visit-p-guo-20240402", "220605001005-G01-B02/")
                // No building recorded: the grid's 网格长 takes the visit (网格先办), the building rule does not fire;
                // these grids' 网格长 are the generated 机关三长 A posts (city.yaml, staffing).
                .containsEntry("visit-p-yang-20240402", "220605001005-G02/gen-grid-leader-220605001005-G02-a")
                .containsEntry("visit-p-he-20240402", "220605001004-G01/gen-grid-leader-220605001004-G01-a");
        Issue li = engine.issue(due.get(0).issueId()).orElseThrow();
        assertThat(li.facts().description()).doesNotContain("凤兰");
    }

    @Test
    void aPackWithoutVisitsHasNoPlanAndABadOneIsRefusedAtItsSetting() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(PackVisits.plan(json.createObjectNode(), ANCHOR)).isEmpty();
        ObjectNode bad = (ObjectNode) json.readTree("{\"visits\": {\"category\": \"visits\", \"channel\": "
                + "\"door-visit\", \"cadence\": {\"elderly\": \"每两天\"}}}");
        assertThatThrownBy(() -> PackVisits.plan(bad, ANCHOR)).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("settings.visits.cadence.elderly").hasMessageContaining("每两天");
    }

    private static String owner(Issue i) {
        Owner o = i.owner().orElseThrow();
        return o.node().value() + "/" + o.person().map(p -> p.value()).orElse("");
    }
}
