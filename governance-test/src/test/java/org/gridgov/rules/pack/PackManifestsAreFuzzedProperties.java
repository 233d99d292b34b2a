package org.gridgov.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.gridgov.rules.fuzz.Fuzzing;
import org.gridgov.testkit.Mutations;

/**
 * Fuzzing {@code pack.yaml} as {@link ManifestReader} reads it: a manifest, or problems that each name
 * {@code pack.yaml}; never an exception. (The pack loader's property mutates pack.yaml as bytes too.)
 */
class PackManifestsAreFuzzedProperties {
    private static final String FULL = """
            # A city pack
            id: jilin
            name: {zh: 吉林市, en: Jilin}
            version: "2024.3"
            extends: base
            disabledRules:
              - 市政设施归街道城管
              - 网格先办
            settings:
              levelAliases: {county: district}
              handlers:
                grid: {role: grid-leader}
                street: {organizationType: street-office}
              fallback: [street, district]
              timeLimits:
                default: 7 天
                bySeverity: {critical: 2 小时, high: 24 小时}
                rounding: end-of-day
              firing: {maxFirings: 5000, maxMillis: 1000}
            """;

    @AfterContainer
    static void report() {
        Fuzzing.report("pack.yaml");
    }

    @Property(tries = 600)
    void aMutatedManifestIsReadOrRefusedAtItsLines(@ForAll("manifests") String text) {
        Fuzzing.run("pack.yaml", Duration.ofSeconds(10), text, () -> {
            List<PackProblem> problems = new ArrayList<>();
            Optional<PackManifest> manifest = ManifestReader.read("fuzz", text, problems);
            if (manifest.isPresent()) {
                assertThat(manifest.get().id()).isNotBlank();
                return Fuzzing.Outcome.VALID;
            }
            assertThat(problems).filteredOn(PackProblem::isError).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.file()).isEqualTo("pack.yaml"));
            return Fuzzing.Outcome.REFUSED;
        });
    }

    @Provide
    Arbitrary<String> manifests() {
        return Mutations.texts(List.of(FULL, "id: base\nname: {zh: 基础, en: base}\nversion: \"1.0\"\n"));
    }
}
