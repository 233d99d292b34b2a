package org.gridgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.metrics.Period;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadException;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.evaluation.Ranking;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GridGov.forCity(city).pack(folder).store(store).build()}: the engine with all three policies of the pack. */
class TheDoorBuildsACityEngineTest {
    static final Instant AT = Instant.parse("2024-05-07T02:00:00Z"); // Tuesday 10:00 in China
    static final Actor HOTLINE = Actor.system("hotline-12345", Bilingual.of("12345 热线", "12345 hotline"));
    static City city;

    @BeforeAll
    static void load() throws Exception {
        city = CityLoader.loadResource(TheDoorBuildsACityEngineTest.class.getClassLoader(),
                "org/gridgov/rules/routing/routing-city.yaml");
    }

    static Path folder(String name) throws Exception {
        return Path.of(TheDoorBuildsACityEngineTest.class.getResource("/org/gridgov/rules/routing/" + name
                + "/pack.yaml").toURI()).getParent();
    }

    static void report(CityEngine e, String id, String category, String location) {
        e.engine().report(new IssueId(id), IssueFacts.of(new CategoryId(category), new ChannelId("hotline-12345"),
                new NodeId(location), "居民反映", Severity.LOW), HOTLINE, AT);
    }

    @Test
    void aCityAndAPackFolderGiveAnEngineThatRoutesWithThePackAndItsParent() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore();
        CityEngine e = GridGov.forCity(city).pack(folder("city-pack")).store(store).build();
        report(e, "noise", "environment.noise", "B1");
        report(e, "other", "other", "B1");
        // The city pack's own rule, then a base rule it inherits.
        assertThat(e.engine().issue(new IssueId("noise")).orElseThrow().owner().orElseThrow().organization())
                .contains(new OrganizationId("m1-rc"));
        assertThat(e.engine().issue(new IssueId("other")).orElseThrow().owner().orElseThrow().node())
                .isEqualTo(new NodeId("G1"));
        assertThat(e.pack().manifest().id()).isEqualTo("routing-city");
        assertThat(store.allIssues().count()).isEqualTo(2);
        // A second engine over the same store recovers the cases.
        CityEngine again = GridGov.forCity(city).pack(folder("city-pack")).store(store).build();
        assertThat(again.engine().issue(new IssueId("noise"))).isPresent();
    }

    @Test
    void evaluationComesFromTheSameObject() throws Exception {
        CityEngine e = GridGov.forCity(city).pack(folder("city-pack")).build();
        report(e, "other", "other", "B1");
        Ranking communities = e.evaluate(Period.month(YearMonth.of(2024, 5), city.zone()), new LevelId("community"));
        assertThat(communities.period()).isEqualTo("2024-05");
        assertThat(communities.entries()).extracting(x -> x.scorecard().unit().id()).containsExactlyInAnyOrder("M1", "M2");
        assertThat(communities.entries()).filteredOn(x -> x.scorecard().unit().id().equals("M1"))
                .singleElement().satisfies(x -> assertThat(x.scorecard().noCases()).isFalse());
        assertThat(communities.entries()).filteredOn(x -> x.scorecard().unit().id().equals("M2"))
                .singleElement().satisfies(x -> assertThat(x.scorecard().noCases()).isTrue());
    }

    @Test
    void activatingANewVersionSwapsTheRulesForTheNextDecision() throws Exception {
        CityEngine e = GridGov.forCity(city).pack(folder("city-pack")).build();
        report(e, "before", "other", "B1");
        e.activate(PackLoader.withBuiltIns().load(PackSource.directory(folder("v2")), PackContext.of(city)).orElseThrow());
        report(e, "after", "other", "B1");
        assertThat(e.engine().issue(new IssueId("before")).orElseThrow().owner().orElseThrow().node())
                .isEqualTo(new NodeId("G1"));
        assertThat(e.engine().issue(new IssueId("after")).orElseThrow().owner().orElseThrow().node())
                .isEqualTo(new NodeId("M1"));
        assertThat(e.pack().manifest().id()).isEqualTo("v2");
    }

    @Test
    void aPackThatDoesNotLoadThrowsOneExceptionWithEveryLocatedProblem(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("pack.yaml"), "id: bad\nname: 坏包\nversion: \"1\"\nextends: base\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rules/a.drl"), "package x;\nimport java.nio.file.Files;\nrule \"坏规则\"\nwhen\nthen\nend\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rules/b.drl"), "package y;\nimport java.io.File;\nrule \"另一条\"\nwhen\nthen\nend\n",
                StandardCharsets.UTF_8);
        PackLoadException e = catchThrowableOfType(PackLoadException.class,
                () -> GridGov.forCity(city).pack(dir).build());
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("rules/a.drl"))
                .anySatisfy(p -> assertThat(p.file()).isEqualTo("rules/b.drl"));
        assertThat(e.getMessage()).startsWith("the rule pack did not load").contains("rules/a.drl", "rules/b.drl");
        assertThat(e.describe(Locale.CHINESE)).startsWith("规则包未能加载");
        assertThatThrownBy(() -> PackLoader.withBuiltIns().load(PackSource.directory(dir), PackContext.of(city))
                .orElseThrow()).isInstanceOf(PackLoadException.class).hasMessageContaining("rules/a.drl");
    }

    @Test
    void aProcedureThePackCannotReadIsAnErrorAndNoPackIsAMistakeSaidPlainly(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("pack.yaml"), "id: p\nname: 包\nversion: \"1\"\nextends: base\n"
                + "settings:\n  procedure: procedures/missing.yaml\n", StandardCharsets.UTF_8);
        PackLoadException e = catchThrowableOfType(PackLoadException.class,
                () -> GridGov.forCity(city).pack(dir).build());
        assertThat(e.getMessage()).contains("settings.procedure: no procedure procedures/missing.yaml");
        assertThatThrownBy(() -> GridGov.forCity(city).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("give the pack");
    }

    @Test
    void theShippedProcedureAPackNamesGivesCasesTheirStageDeadline(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("pack.yaml"), "id: p\nname: 包\nversion: \"1\"\nextends: base\n"
                + "settings:\n  procedure: hotline\n", StandardCharsets.UTF_8);
        CityEngine with = GridGov.forCity(city).pack(dir).build();
        report(with, "a", "other", "B1");
        assertThat(with.engine().issue(new IssueId("a")).orElseThrow().deadline("stage")).isPresent();
        CityEngine without = GridGov.forCity(city).pack(folder("city-pack")).build();
        report(without, "a", "other", "B1");
        assertThat(without.engine().issue(new IssueId("a")).orElseThrow().deadline("stage")).isEmpty();
    }
}
