package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.gridgov.city.City;
import org.gridgov.document.DocumentException;
import org.gridgov.rules.pack.CompiledPack;
import org.gridgov.rules.pack.PackLoadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pack's README is what policy staff read: its rule table must name every rule the pack runs or switches off. */
class PackReadmeListsEveryRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"jilin", "jiangyuan"})
    void theRuleTableNamesEveryActiveAndDisabledRuleAndNothingElse(String id) throws DocumentException, IOException {
        City city = ExampleCities.load(id);
        PackLoadResult loaded = ExampleCities.loadPack(city);
        assertThat(loaded).isInstanceOf(PackLoadResult.Loaded.class);
        CompiledPack pack = loaded.orElseThrow();
        Set<String> expected = new HashSet<>(pack.rules().keySet());
        expected.addAll(pack.manifest().disabledRules());

        String readme = new String(ExampleCities.packSource(id).read("README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Rules"));
        table = table.substring(0, table.indexOf("\n## ", 1) < 0 ? table.length() : table.indexOf("\n## ", 1));
        Set<String> listed = new HashSet<>();
        table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| name")).forEach(l ->
                Arrays.stream(l.substring(2, l.indexOf(" |", 2)).split(",")).map(String::strip).forEach(listed::add));

        assertThat(listed).as("rules of %s missing from its README", id).containsAll(expected);
        assertThat(expected).as("names in %s's README that are no rule of the pack", id).containsAll(listed);
    }
}
