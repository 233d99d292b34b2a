package org.gridgov.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.rules.escalation.DroolsEscalationPolicy;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/**
 * A tick over the Jilin pack's escalation rules — warnings, whistles that route cases one level up — appends the
 * same events whether the policies remember rule firings by case shape or fire every case.
 */
class RememberedEscalationsDecideAlikeTest {

    @Test
    void aTickDecidesAlikeWithAndWithoutRememberedFirings() throws Exception {
        City city = ExampleCities.load("jilin");
        CompiledActivePack pack = CompiledActivePack.of(ExampleCities.loadPack(city).orElseThrow());
        DroolsEscalationPolicy remembering = new DroolsEscalationPolicy(() -> pack);
        InMemoryEventStore a = OpenIssues.build(city, 3_000, 600);
        InMemoryEventStore b = OpenIssues.build(city, 3_000, 600);
        CityGovernance withMemo = CityGovernance.recover(city, a, new DroolsRoutingPolicy(() -> pack), remembering,
                GovernanceSettings.DEFAULT);
        CityGovernance without = CityGovernance.recover(city, b, new DroolsRoutingPolicy(() -> pack, 0),
                new DroolsEscalationPolicy(() -> pack, 0), GovernanceSettings.DEFAULT);
        // Past the due instant, then a month on: the resolve deadlines and, later, every warning fall due.
        for (Instant now : new Instant[] {OpenIssues.SOON.plus(Duration.ofMinutes(1)),
                OpenIssues.START.plus(Duration.ofDays(26))}) {
            assertThat(withMemo.tick(now).handled()).hasSameSizeAs(without.tick(now).handled()).isNotEmpty();
        }
        assertThat(a.issueIds()).isEqualTo(b.issueIds());
        for (var id : a.issueIds()) {
            assertThat(a.timeline(id)).as(id.value()).isEqualTo(b.timeline(id));
        }
        assertThat(remembering.memoCounts().hits()).isGreaterThan(remembering.memoCounts().misses());
    }
}
