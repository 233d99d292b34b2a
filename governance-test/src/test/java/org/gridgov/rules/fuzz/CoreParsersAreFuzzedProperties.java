package org.gridgov.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;
import org.gridgov.document.DocumentProblem;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.issue.IssueId;
import org.gridgov.profile.ProfileDocument;
import org.gridgov.profile.ProfileReader;
import org.gridgov.rules.escalation.EscalationOnASimulatedClockTest;
import org.gridgov.testkit.Mutations;
import org.gridgov.store.EventLog;
import org.gridgov.store.InMemoryEventStore;
import org.gridgov.time.InvalidTimeLimitException;
import org.gridgov.time.TimeLimit;
import org.gridgov.time.WorkCalendars;

/**
 * Fuzzing the parsers of governance-core that people feed: city profiles (YAML and JSON, read and then loaded
 * into a city), event logs (JSON lines) and time limits. Each input is a valid file mutated
 * ({@link Mutations}); the parser must give a result or refuse the input with located problems (or the exception
 * its API declares), within a time limit, and never throw anything else.
 */
class CoreParsersAreFuzzedProperties {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @AfterContainer
    static void report() {
        Fuzzing.report("city profile");
        Fuzzing.report("event log");
        Fuzzing.report("time limit");
    }

    @Property(tries = 400)
    void aMutatedCityProfileIsLoadedOrRefusedWithLocatedProblems(@ForAll("profiles") String text) {
        String file = text.startsWith("{") || text.startsWith("\uFEFF{") ? "city.json" : "city.yaml";
        Fuzzing.run("city profile", LIMIT, text, () -> {
            try {
                ProfileDocument doc = ProfileReader.read(file, text);
                City city = CityLoader.load(doc, name -> {
                    throw new IOException("no companion files in this test: " + name);
                });
                assertThat(city.jurisdiction().root()).isNotNull();
                return Fuzzing.Outcome.VALID;
            } catch (DocumentException e) {
                assertLocated(e.problems(), file);
                return Fuzzing.Outcome.REFUSED;
            }
        });
    }

    @Property(tries = 400)
    void aMutatedEventLogIsReadOrRefusedLineByLine(@ForAll("eventLogs") String text) {
        Fuzzing.run("event log", LIMIT, text, () -> {
            try {
                InMemoryEventStore store = EventLog.read("events.jsonl", new BufferedReader(new StringReader(text)));
                assertThat(store.allIssues()).isNotNull();
                return Fuzzing.Outcome.VALID;
            } catch (DocumentException e) {
                assertLocated(e.problems(), "events.jsonl");
                return Fuzzing.Outcome.REFUSED;
            }
        });
    }

    @Property(tries = 1000)
    void aMutatedTimeLimitIsReadAndCountedOrRefusedInWords(@ForAll("timeLimits") String text) {
        Fuzzing.run("time limit", LIMIT, text, () -> {
            try {
                TimeLimit limit = TimeLimit.parse(text);
                // A limit that reads must also count, from any start a city might give it.
                LocalDateTime due = limit.dueFrom(LocalDateTime.of(2025, 9, 30, 16, 0), WorkCalendars.chinaMainland());
                assertThat(due).isAfter(LocalDateTime.of(2025, 9, 30, 16, 0));
                assertThat(TimeLimit.parse(limit.toString())).isEqualTo(limit);
                return Fuzzing.Outcome.VALID;
            } catch (InvalidTimeLimitException e) {
                assertThat(e.explanation().zh()).contains("无法识别时限");
                assertThat(e.explanation().en()).contains("cannot read the time limit");
                return Fuzzing.Outcome.REFUSED;
            }
        });
    }

    /** Every problem names the file and a line of it, in both languages. */
    static void assertLocated(List<DocumentProblem> problems, String file) {
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).as("the line of %s", p).isPositive();
            assertThat(p.message().zh()).isNotBlank();
            assertThat(p.message().en()).isNotBlank();
        });
    }

    @Provide
    Arbitrary<String> profiles() throws Exception {
        String yaml = resource("org/gridgov/rules/routing/routing-city.yaml");
        String json = ProfileReader.write("city.json", ProfileReader.read("city.yaml", yaml).profile());
        return Mutations.texts(List.of(yaml, json));
    }

    @Provide
    Arbitrary<String> eventLogs() throws Exception {
        return Mutations.texts(List.of(eventLog()));
    }

    @Provide
    Arbitrary<String> timeLimits() {
        return Mutations.texts(List.of("2h", "30 分钟", "24 小时", "3 个工作日", "三个工作日", "7 natural days",
                "15 working days", "4 working hours", "7天", "1 个工作日下班前", "3 working days by end of day",
                "一百零五天", "３ 个工作日", "2 business days", "90 mins"));
    }

    /** A log of a few cases played on the routing test city: reported, warned, escalated, supervised. */
    private static String eventLog() throws Exception {
        EscalationOnASimulatedClockTest.load();
        InMemoryEventStore store = new InMemoryEventStore();
        CityGovernance engine = EscalationOnASimulatedClockTest.engine(store, GovernanceSettings.DEFAULT);
        List<String> categories = List.of("environment.noise", "facilities.road", "disputes");
        List<String> places = List.of("B1", "G2", "G1");
        for (int i = 0; i < categories.size(); i++) {
            engine.report(new IssueId("c" + i), org.gridgov.issue.IssueFacts.of(
                    new org.gridgov.category.CategoryId(categories.get(i)),
                    new org.gridgov.issue.ChannelId("hotline-12345"), new org.gridgov.jurisdiction.NodeId(places.get(i)),
                    "居民反映", org.gridgov.issue.Severity.LOW), EscalationOnASimulatedClockTest.HOTLINE,
                    EscalationOnASimulatedClockTest.T0);
        }
        engine.tick(EscalationOnASimulatedClockTest.T0.plus(Duration.ofDays(16)));
        StringWriter out = new StringWriter();
        EventLog.write(store, out);
        return out.toString();
    }

    static String resource(String path) {
        try (InputStream in = CoreParsersAreFuzzedProperties.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
