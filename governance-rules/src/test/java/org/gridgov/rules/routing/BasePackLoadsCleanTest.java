package org.gridgov.rules.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.city.City;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackProblem;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.junit.jupiter.api.Test;

class BasePackLoadsCleanTest {
    static PackLoadResult loadFor(Set<String> categories, Set<String> levels) {
        return PackLoader.withBuiltIns().load(PackSource.classpath(BasePackLoadsCleanTest.class.getClassLoader(),
                "org/gridgov/rules/packs/base/"), new PackContext(categories, levels));
    }

    @Test
    void theBasePackLoadsWithoutWarningsForACityWithItsVocabulary() {
        City city = RoutingFixture.city();
        Set<String> categories = city.categories().all().stream().map(c -> c.id().value()).collect(Collectors.toSet());
        Set<String> levels = city.jurisdiction().levels().levels().stream().map(l -> l.id().value())
                .collect(Collectors.toSet());
        PackLoadResult result = loadFor(categories, levels);
        assertThat(result).isInstanceOf(PackLoadResult.Loaded.class);
        assertThat(result.problems()).isEmpty();
        var pack = result.orElseThrow();
        assertThat(pack.rules()).containsKeys("网格先办", "社区接办", "市政设施归街道城管", "矛盾纠纷由社区调解");
        assertThat(pack.rules().get("市政设施归街道城管").priority()).isEqualTo(10);
        assertThat(CompiledActivePack.of(pack).packSettings().fallback()).containsExactly("street", "district");
    }

    @Test
    void aCityWithoutSomeOfTheBaseCategoriesIsWarnedThatThoseRulesCanNeverFire() {
        PackLoadResult result = loadFor(Set.of("environment", "disputes"),
                Set.of("city", "district", "street", "community", "grid"));
        assertThat(result).isInstanceOf(PackLoadResult.Loaded.class);
        assertThat(result.problems()).allMatch(p -> p.severity() == PackProblem.Severity.WARNING)
                .anySatisfy(p -> {
                    assertThat(p.file()).endsWith("category-routing.drl.csv");
                    assertThat(p.describe(Locale.ENGLISH)).contains("facilities");
                })
                .anySatisfy(p -> assertThat(p.file()).endsWith("disputes.dslr"));
    }
}
