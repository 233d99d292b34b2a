package org.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.engine.CityGovernance;
import org.gridgov.evaluation.Ranking;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.metrics.Period;
import org.gridgov.people.IdNumber;
import org.gridgov.people.Person;
import org.gridgov.people.PersonId;
import org.gridgov.people.PhoneNumber;
import org.gridgov.report.EvaluationReports;
import org.gridgov.report.TimelineText;
import org.gridgov.report.writer.ReportWriter;
import org.gridgov.store.EventLog;
import org.gridgov.store.InMemoryEventStore;

/**
 * A random month of 吉林 cases whose descriptions, summaries, feedback and notes carry the phone and ID numbers of people
 * on the profile: none of those numbers appears unmasked in the event-log export, the evaluation report (HTML,
 * JSON, CSV) or the timelines the command line prints; only the platform's export with personal data has them.
 */
class NoUnmaskedNumberLeavesTheEngineProperties {
    static final Instant START = Instant.parse("2023-06-01T01:00:00Z");
    static final NodeId GRID = new NodeId("220202004001-G01");
    static City city;
    static List<String> numbers;

    @BeforeContainer
    static void load() throws Exception {
        city = ExampleCities.load("jilin");
        numbers = new ArrayList<>();
        for (Person p : city.people().all()) {
            p.phone().map(PhoneNumber::value).ifPresent(numbers::add);
            p.idNumber().map(IdNumber::value).ifPresent(numbers::add);
        }
    }

    private static String anyNumber(Random r) {
        return numbers.get(r.nextInt(numbers.size()));
    }

    @Property(tries = 3)
    void noProfileNumberIsUnmaskedInAnyOutputOfASimulatedMonth(@ForAll long seed) throws Exception {
        assertThat(numbers).as("the profile has numbers to leak").hasSizeGreaterThan(3);
        InMemoryEventStore store = new InMemoryEventStore();
        CityEngine jilin = GridGov.forCity(city).pack(ExampleCities.packSource("jilin")).store(store).build();
        CityGovernance engine = jilin.engine();
        Actor hotline = Parties.channel(city, new ChannelId("hotline-12345"));
        Random r = new Random(seed);
        for (int i = 0; i < 40; i++) {
            IssueId id = new IssueId("m-" + i);
            Instant at = START.plus(Duration.ofHours(17L * i));
            engine.report(id, new IssueFacts(new CategoryId(i % 2 == 0 ? "environment.noise" : "facilities.sewer"),
                    new ChannelId("hotline-12345"), GRID, Optional.of(new PersonId("p-wang")),
                    "居民反映楼道噪音, 联系电话" + anyNumber(r) + ", 身份证" + anyNumber(r), Severity.LOW, Set.of()),
                    hotline, at);
            engine.note(id, "回拨 " + anyNumber(r) + " 未接通", hotline, at.plusSeconds(60));
            if (r.nextInt(4) > 0) {
                Instant t = at.plus(Duration.ofHours(2 + r.nextInt(40)));
                engine.ownerActing(id, t).ifPresent(owner -> {
                    engine.accept(id, owner, t);
                    engine.resolve(id, "已联系" + anyNumber(r) + "处理", owner, t.plusSeconds(600));
                    engine.giveFeedback(id, "已告知居民(" + anyNumber(r) + ")", owner, t.plusSeconds(900));
                    engine.rate(id, Rating.SATISFIED, "满意 " + anyNumber(r), hotline, t.plusSeconds(1200));
                });
            }
        }
        engine.tick(START.plus(Duration.ofDays(31)));

        List<String> outputs = new ArrayList<>();
        StringWriter log = new StringWriter();
        EventLog.write(store, log);
        outputs.add(log.toString());
        List<Issue> issues = engine.issues();
        for (Issue i : issues) {
            for (IssueEvent e : i.timeline()) {
                outputs.add(TimelineText.line(e, city, Locale.CHINESE));
                outputs.add(TimelineText.line(e, city, Locale.ENGLISH));
            }
        }
        Ranking streets = jilin.evaluate(Period.month(YearMonth.of(2023, 6), city.zone()), new LevelId("street"));
        var report = EvaluationReports.of(Bilingual.of("六月", "June"), "2023-06", city, issues, List.of(streets),
                List.of(YearMonth.of(2023, 6)), 10);
        outputs.add(ReportWriter.html(report));
        outputs.add(ReportWriter.json(report));
        outputs.add(ReportWriter.csv(streets));
        engine.audit().forEach(a -> outputs.add(a.toString()));
        issues.forEach(i -> outputs.add(i.toString()));

        String all = String.join("\n", outputs);
        assertThat(numbers).allSatisfy(n -> assertThat(all).as("unmasked %s", n).doesNotContain(n));
        assertThat(all).containsPattern("1[3-9]\\d\\*{4}\\d{4}");

        // The platform may export them as entered; a resident may not, and nothing is written for them.
        StringWriter full = new StringWriter();
        assertThat(engine.exportWithPersonalData(full, Parties.PLATFORM, START.plus(Duration.ofDays(32)))).isEmpty();
        assertThat(numbers).anySatisfy(n -> assertThat(full.toString()).contains(n));
        StringWriter refused = new StringWriter();
        assertThat(engine.exportWithPersonalData(refused, Actor.resident(new PersonId("p-wang")),
                START.plus(Duration.ofDays(32)))).hasValueSatisfying(x -> assertThat(x.code()).isEqualTo("not-permitted"));
        assertThat(refused.toString()).isEmpty();
        // Both attempts are in the audit trail.
        assertThat(engine.audit().subList(engine.audit().size() - 2, engine.audit().size()))
                .extracting(a -> a.record().command().key()).containsOnly("export-personal-data");
    }
}
