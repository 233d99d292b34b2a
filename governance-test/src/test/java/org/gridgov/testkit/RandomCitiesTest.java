package org.gridgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.organization.Organization;
import org.gridgov.rules.escalation.EscalationOnASimulatedClockTest;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;

/** Random cities are valid, reproducible, and staffed as their template says. */
class RandomCitiesTest {
    private static final Instant AT = Instant.parse("2024-05-07T02:00:00Z");
    private static City template;

    @BeforeContainer
    static void load() throws Exception {
        EscalationOnASimulatedClockTest.load();
        template = EscalationOnASimulatedClockTest.city;
    }

    @Property(tries = 30)
    void citiesAreReproducibleAndKeepTheTemplatesRules(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int breadth) {
        City city = RandomCities.generate(template, seed, breadth);
        City again = RandomCities.generate(template, seed, breadth);
        assertThat(again.jurisdiction().subtree(again.jurisdiction().root().id()))
                .isEqualTo(city.jurisdiction().subtree(city.jurisdiction().root().id()));
        assertThat(again.organizations().all()).containsExactlyElementsOf(city.organizations().all());
        assertThat(again.roster().assignments()).isEqualTo(city.roster().assignments());
        assertThat(city.jurisdiction().root().id()).isEqualTo(template.jurisdiction().root().id());
        for (JurisdictionNode node : city.jurisdiction().subtree(city.jurisdiction().root().id())) {
            node.parent().ifPresent(p -> assertThat(city.jurisdiction().node(p).level().rank())
                    .isLessThan(node.level().rank()));
            if (node.level().id().value().equals("grid")) {
                assertThat(city.roster().actingFor(new RoleTypeId("grid-leader"), RoleTarget.at(node.id()), AT))
                        .as("grid %s has a grid leader", node.id()).isPresent();
            }
        }
        for (Organization o : city.organizations().all()) {
            var typeLevel = template.organizations().all().stream().filter(t -> t.type().equals(o.type()))
                    .map(t -> template.jurisdiction().node(t.node()).level().id()).findFirst().orElseThrow();
            assertThat(city.jurisdiction().node(o.node()).level().id()).isEqualTo(typeLevel);
        }
        assertThat(city.categories().all()).hasSameSizeAs(template.categories().all());
    }

    @Property(tries = 5)
    void breadthBelowOneIsRefused(@ForAll @IntRange(min = -3, max = 0) int breadth) {
        assertThatThrownBy(() -> RandomCities.generate(template, 1, breadth))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("breadth");
    }
}
