package org.gridgov.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackProblem;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.scenario.ScenarioReader;
import org.gridgov.testkit.Mutations;
import org.gridgov.document.DocumentException;

/**
 * Fuzzing what a pack's authors write, through the pack loader as a host loads it: {@code pack.yaml}, DRL, DSL and
 * DSLR files and CSV decision tables, as bytes (so some are not UTF-8), one file mutated per pack; and scenario
 * files through {@link ScenarioReader}. A pack loads, or fails with problems that each name a file; nothing else.
 * Packs are compiled by Drools, so this property tries fewer inputs than the others.
 */
class PackFilesAreFuzzedProperties {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String BASE = "org/gridgov/rules/packs/base/";
    private static final String MANIFEST = "id: fuzz\nname: {zh: 模糊, en: fuzz}\nversion: \"1\"\nsettings:\n"
            + "  fallback: [street, district]\n  timeLimits: {default: 7 天, bySeverity: {critical: 2 小时}}\n";
    private static final AtomicInteger PACKS = new AtomicInteger();
    private static Path root;

    /** A pack file to mutate, and the files it needs beside it. */
    record Seed(String file, String text, Map<String, String> beside) {
    }

    /** One mutated pack: the file mutated and its bytes. */
    record Mutated(Seed seed, byte[] bytes) {
        String summary() {
            return seed.file() + ": " + new String(bytes, StandardCharsets.UTF_8);
        }

        /** The mutated file in full, so that a failing sample can be replayed from the report. */
        @Override
        public String toString() {
            return "Mutated[" + seed.file() + ", " + java.util.Base64.getEncoder().encodeToString(bytes) + "]";
        }
    }

    @AfterContainer
    static void report() {
        Fuzzing.report("pack file");
        Fuzzing.report("scenario");
    }

    @Property(tries = 120)
    void aPackWithAMutatedFileLoadsOrFailsWithProblemsNamingItsFiles(@ForAll("packs") Mutated pack) {
        Fuzzing.run("pack file", LIMIT, pack.summary(), () -> {
            Path dir = write(pack);
            PackLoadResult r = PackLoader.withBuiltIns().load(PackSource.directory(dir), PackContext.unchecked());
            if (r instanceof PackLoadResult.Loaded) {
                return Fuzzing.Outcome.VALID;
            }
            assertThat(r.problems()).filteredOn(PackProblem::isError).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isNotBlank();
                assertThat(p.message().zh()).isNotBlank();
                assertThat(p.message().en()).isNotBlank().doesNotContain("\tat ");
            });
            // Drools' internal errors (its DSL expander failing on a broken sentence) come without a place: counted,
            // so that the number is known.
            if (r.problems().stream().filter(PackProblem::isError).allMatch(p -> p.line() == 0 && p.cell().isEmpty())) {
                Fuzzing.note("pack file: refused, file named but no line");
            }
            return Fuzzing.Outcome.REFUSED;
        });
    }

    @Property(tries = 500)
    void aMutatedScenarioIsReadOrRefusedWithLocatedProblems(@ForAll("scenarios") String text) {
        Fuzzing.run("scenario", Duration.ofSeconds(10), text, () -> {
            try {
                assertThat(ScenarioReader.read("s.yaml", text).name()).isNotNull();
                return Fuzzing.Outcome.VALID;
            } catch (DocumentException e) {
                CoreParsersAreFuzzedProperties.assertLocated(e.problems(), "s.yaml");
                return Fuzzing.Outcome.REFUSED;
            }
        });
    }

    private static synchronized Path write(Mutated pack) throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("gridgov-fuzz");
        }
        Path dir = root.resolve("p" + PACKS.incrementAndGet());
        Files.createDirectories(dir.resolve("rules"));
        if (!pack.seed().file().equals("pack.yaml")) {
            Files.writeString(dir.resolve("pack.yaml"), MANIFEST, StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> f : pack.seed().beside().entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        Files.write(dir.resolve(pack.seed().file()), pack.bytes());
        return dir;
    }

    @Provide
    Arbitrary<Mutated> packs() {
        String dsl = CoreParsersAreFuzzedProperties.resource(BASE + "rules/routing.dsl");
        String dslr = CoreParsersAreFuzzedProperties.resource(BASE + "rules/disputes.dslr");
        List<Seed> seeds = List.of(
                new Seed("pack.yaml", MANIFEST, Map.of()),
                new Seed("rules/routing.drl", CoreParsersAreFuzzedProperties.resource(BASE + "rules/routing.drl"),
                        Map.of()),
                new Seed("rules/escalation.drl",
                        CoreParsersAreFuzzedProperties.resource(BASE + "rules/escalation.drl"), Map.of()),
                new Seed("rules/scoring.drl", CoreParsersAreFuzzedProperties.resource(BASE + "rules/scoring.drl"),
                        Map.of()),
                new Seed("rules/disputes.dslr", dslr, Map.of("rules/routing.dsl", dsl)),
                new Seed("rules/routing.dsl", dsl, Map.of("rules/disputes.dslr", dslr)),
                new Seed("rules/category-routing.drl.csv",
                        CoreParsersAreFuzzedProperties.resource(BASE + "rules/category-routing.drl.csv"), Map.of()));
        return Arbitraries.of(seeds).flatMap(seed -> Combinators.combine(Arbitraries.just(seed),
                Mutations.bytes(List.of(seed.text()))).as(Mutated::new));
    }

    @Provide
    Arbitrary<String> scenarios() {
        String dir = "org/gridgov/rules/scenario/pack/scenarios/";
        return Mutations.texts(List.of("deadlines-and-supervision.yaml", "dispute-by-names.yaml",
                "dispute-report-in-missed.yaml", "noise-escalates.yaml", "unsatisfied-reopens.yaml").stream()
                .map(f -> CoreParsersAreFuzzedProperties.resource(dir + f)).toList());
    }
}
