package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.issue.Issue;
import org.gridgov.issue.Outcome;
import org.gridgov.metrics.Period;
import org.gridgov.evaluation.Ranking;
import org.gridgov.actor.Actor;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.TickReport;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleTypeId;
import org.gridgov.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** The snippets of README.md, kept compiling and true: each is this file's code between its markers, word for word. */
class ReadmeSnippetTest {

    @Test
    void theReadmeShowsBothSnippetsAsTheyAreHere() throws Exception {
        String source = Files.readString(Path.of("src/test/java/org/gridgov/examples/ReadmeSnippetTest.java"));
        String readme = Files.readString(Path.of("../README.md"));
        for (String name : List.of("README snippet", "README embedding snippet")) {
            String snippet = between(source, "// --- " + name + " start\n", "        // --- " + name + " end");
            assertThat(snippet.lines()).as(name).isNotEmpty();
            String shown = snippet.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                    .collect(Collectors.joining("\n", "```java\n", "\n```"));
            assertThat(readme).as("README.md shows the %s as compiled here", name).contains(shown);
            assertThat(snippet.lines().count()).as("%s is short", name).isLessThan(15);
        }
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from) + from.length();
        return text.substring(start, text.indexOf(to, start));
    }

    @Test
    void theReadmeSnippetWorks() throws Exception {
        // --- README snippet start
        City city = ExampleCities.load("jilin");            // or CityLoader.load(Path.of("city.yaml"))
        var tree = city.jurisdiction();
        NodeId grid = new NodeId("220202004001-G01");        // 维北社区第1网格
        JurisdictionNode street = tree.ancestorAtLevel(grid, new LevelId("street")).orElseThrow();

        Instant at = Instant.parse("2023-06-15T02:00:00Z");   // 10:00 in Jilin; the grid leader is on leave
        var leader = city.roster().actingFor(new RoleTypeId("grid-leader"), RoleTarget.at(grid), at);

        IssueId id = new IssueId("2023-0001");
        Actor hotline = Actor.system("hotline-12345", Bilingual.of("12345 热线", "12345 hotline"));
        Outcome reported = Issue.report(id, IssueFacts.of(new CategoryId("facilities.sewer"), new ChannelId("hotline-12345"),
                grid, "小区下水道经常堵塞", Severity.MEDIUM), hotline, at);       // the aggregate alone: a value, nothing stored
        // --- README snippet end

        assertThat(street.name().zh()).isEqualTo("新地号街道");
        assertThat(leader.orElseThrow().viaBackup()).isTrue();
        assertThat(reported).isInstanceOfSatisfying(Outcome.Accepted.class,
                a -> assertThat(a.issue().status()).isEqualTo(IssueStatus.NEW));
    }

    @Test
    void theEmbeddingSnippetWorks() throws Exception {
        // --- README embedding snippet start
        City city = ExampleCities.load("jilin");                       // or CityLoader.load(Path.of("city.yaml"))
        CityEngine jilin = GridGov.forCity(city).pack(ExampleCities.packSource("jilin"))   // or .pack(Path.of("pack"))
                .store(new InMemoryEventStore()).build();              // throws PackLoadException, every problem located
        CityGovernance engine = jilin.engine();

        Instant t0 = Instant.parse("2023-06-15T02:00:00Z");
        Actor hotline = Actor.system("hotline-12345", Bilingual.of("12345 热线", "12345 hotline"));
        engine.report(new IssueId("2023-0002"), IssueFacts.of(new CategoryId("environment.noise"),
                new ChannelId("hotline-12345"), new NodeId("220202004001-G01"), "楼上装修噪音", Severity.LOW), hotline, t0);
        TickReport report = engine.tick(t0.plus(Duration.ofDays(7)));   // the host calls tick(now) on its own clock
        Ranking streets = jilin.evaluate(Period.month(YearMonth.of(2023, 6), city.zone()), new LevelId("street"));
        // --- README embedding snippet end

        // The grid's 3 working days ran out at the end of 06-20: warnings and the whistle, each at its own instant; and
        // since the door applies the pack's procedure (吉林's six steps), its lapsed stages fall due too.
        assertThat(report.handled()).extracting(h -> h.due().key())
                .containsExactly("stage", "warn-50", "warn-80", "resolve", "stage");
        assertThat(engine.issue(new IssueId("2023-0002")).orElseThrow().escalationLevel()).isEqualTo(1);
        assertThat(streets.entries()).hasSize(150);
        assertThat(streets.entries()).filteredOn(e -> !e.scorecard().noCases()).hasSize(1);
    }
}
