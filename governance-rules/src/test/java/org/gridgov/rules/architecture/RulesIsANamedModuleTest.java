package org.gridgov.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.NodeId;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;

/**
 * governance-rules runs as the named module {@code org.gridgov.rules}: its API is exported, its sandbox is not, and
 * Drools' executable model still compiles and fires a pack at run time from inside the module.
 */
class RulesIsANamedModuleTest {

    @Test
    void theModuleExportsItsApiButNotTheSandbox() {
        Module rules = GridGov.class.getModule();
        assertThat(rules.getName()).isEqualTo("org.gridgov.rules");
        assertThat(rules.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
                .contains("org.gridgov", "org.gridgov.rules.pack", "org.gridgov.rules.facts")
                .doesNotContain("org.gridgov.rules.sandbox");
        assertThat(rules.getDescriptor().packages()).contains("org.gridgov.rules.sandbox");
    }

    @Test
    void theBuiltInPackCompilesAndRoutesOnTheModulePath() throws Exception {
        City city = CityLoader.loadResource(RulesIsANamedModuleTest.class.getClassLoader(),
                "org/gridgov/rules/routing/routing-city.yaml");
        // The test pack's rules are a folder; its parent is the built-in base pack, a resource of the module.
        Path folder = Path.of(RulesIsANamedModuleTest.class.getResource("/org/gridgov/rules/routing/city-pack/pack.yaml")
                .toURI()).getParent();
        CityEngine e = GridGov.forCity(city).pack(folder).build();
        Instant at = Instant.parse("2024-05-07T02:00:00Z");
        e.engine().report(new IssueId("c1"), IssueFacts.of(new CategoryId("other"), new ChannelId("hotline-12345"),
                new NodeId("B1"), "居民反映", Severity.LOW),
                Actor.system("hotline-12345", Bilingual.of("12345 热线", "12345 hotline")), at);

        // The parts of Drools that compile the pack ran as (automatic) modules, not from the class path.
        assertThat(List.of(org.kie.api.KieServices.Factory.get().getClass(), ExecutableModelProject.class))
                .allMatch(c -> c.getModule().isNamed());
        // "other" is routed by a rule of the base pack, to the grid of the location.
        assertThat(e.engine().issue(new IssueId("c1")).orElseThrow().owner().orElseThrow().node())
                .isEqualTo(new NodeId("G1"));
    }
}
