package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.gridgov.category.Category;
import org.gridgov.city.City;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.time.WorkCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 平急结合, "急时 every limit is shorter", in every shipped pack: in emergency mode every category's case is due no
 * later than in normal mode and no later than the pack's emergency default, including categories with a limit of
 * their own (disputes 15 days, property 7 days) that the emergency limits used to leave untouched.
 */
class EmergencyShortensEveryLimitTest {

    @ParameterizedTest
    @CsvSource({"jilin, 24", "jiangyuan, 12"})
    void everyCategorysLimitIsShorterInAnEmergency(String cityId, int emergencyHours) throws Exception {
        City city = ExampleCities.load(cityId);
        CompiledActivePack pack = CompiledActivePack.of(ExampleCities.loadPack(city).orElseThrow());
        DroolsRoutingPolicy routing = new DroolsRoutingPolicy(() -> pack);
        var tree = city.jurisdiction();
        JurisdictionNode grid = tree.atLevel(tree.root().id(), tree.levels().atRank(tree.levels().size() - 1).id())
                .get(0);
        WorkCalendar calendar = city.calendarFor(grid.id());
        Instant at = Instant.parse("2024-05-07T02:00:00Z"); // a Tuesday, 10:00 in China
        LocalDateTime start = LocalDateTime.ofInstant(at, city.zone());
        ChannelId channel = city.channels().get(0).id();
        int shortened = 0;
        for (Category category : city.categories().all()) {
            IssueFacts facts = IssueFacts.of(category.id(), channel, grid.id(), "事项", Severity.LOW);
            RoutingRequest request = RoutingRequest.of(new IssueId("e"), facts, city, at);
            RoutingDecision normal = routing.route(request);
            RoutingDecision emergency = routing.route(request.inEmergency(true));
            LocalDateTime normalDue = normal.timeLimit().dueFrom(start, calendar);
            LocalDateTime emergencyDue = emergency.timeLimit().dueFrom(start, calendar);
            assertThat(emergencyDue).as("%s: %s in an emergency, %s normally", category.id(), emergency.timeLimit(),
                    normal.timeLimit()).isBeforeOrEqualTo(normalDue)
                    .isBeforeOrEqualTo(start.plus(Duration.ofHours(emergencyHours)));
            if (emergencyDue.isBefore(normalDue)) {
                shortened++;
            }
        }
        assertThat(shortened).as("categories whose limit an emergency shortens").isPositive();
    }
}
