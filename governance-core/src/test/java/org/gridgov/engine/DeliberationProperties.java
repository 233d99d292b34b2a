package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.engine.DeliberationFixtures.COMMUNITY;
import static org.gridgov.engine.DeliberationFixtures.COUNCIL;
import static org.gridgov.engine.DeliberationFixtures.RESIDENT;
import static org.gridgov.engine.DeliberationFixtures.SECRETARY;
import static org.gridgov.engine.DeliberationFixtures.item;
import static org.gridgov.engine.DeliberationFixtures.meeting;
import static org.gridgov.engine.DeliberationFixtures.parking;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.Choice;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.deliberation.Item;
import org.gridgov.deliberation.ItemEvent;
import org.gridgov.deliberation.Meeting;
import org.gridgov.deliberation.Resolution;
import org.gridgov.deliberation.Tally;
import org.gridgov.deliberation.TaskSpec;
import org.gridgov.people.PersonId;
import org.gridgov.store.EventLog;
import org.gridgov.store.InMemoryEventStore;

/**
 * Random histories of the five-party council — items proposed and tabled, meetings with random attendance, votes by
 * members and by people who took no seat, decisions with tasks, closings and reports back — keep deliberation's
 * invariants: no item is decided without a quorate meeting, every task of a resolution is an issue linked to it,
 * and a log replayed gives the same items and meetings.
 */
class DeliberationProperties {
    private static final City CITY = DeliberationFixtures.city();
    private static final Body BODY = CITY.bodies().find(COUNCIL).orElseThrow();
    private static final String[] SEATS = {"residents-committee", "owners-committee", "property-company",
        "resident-unit", "police"};
    private static final String[] PEOPLE = {"p7", "p8", "p9", "p10", "p11", "r1"};

    /**
     * One item's way through the council: its meeting's attendance (a bit per seat), who votes how (a choice or
     * none per person, non-members included), how many tasks its resolution sets, and whether the meeting is
     * closed and the item reported back at a second meeting; {@code skip} leaves out one step of the procedure.
     */
    record Script(int attendance, List<Integer> votes, int tasks, boolean followUp, int skip) {
    }

    @Provide
    Arbitrary<List<Script>> histories() {
        // Mostly quorate meetings and mostly votes for, so that many histories reach a decision; the rest not.
        Arbitrary<Integer> attendance = Arbitraries.oneOf(Arbitraries.of(31, 15, 29, 27, 23),
                Arbitraries.integers().between(0, 31));
        Arbitrary<Integer> vote = Arbitraries.frequency(net.jqwik.api.Tuple.of(5, 1), net.jqwik.api.Tuple.of(2, 2),
                net.jqwik.api.Tuple.of(1, 3), net.jqwik.api.Tuple.of(1, 0));
        return net.jqwik.api.Combinators.combine(attendance,
                vote.list().ofSize(PEOPLE.length), Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 30)).as(Script::new)
                .list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 80)
    void deliberationKeepsItsInvariants(@ForAll("histories") List<Script> scripts) throws Exception {
        InMemoryEventStore store = new InMemoryEventStore();
        CityGovernance engine = DeliberationFixtures.engine(CITY, store, DeliberationPolicy.bodyRules());
        Deliberations d = engine.deliberation();
        Instant at = DeliberationFixtures.day(3, 9);
        for (int n = 1; n <= scripts.size(); n++) {
            at = run(d, n, scripts.get(n - 1), at);
        }
        net.jqwik.api.statistics.Statistics.label("decided").collect(d.items().stream()
                .anyMatch(i -> i.status().decided()));
        net.jqwik.api.statistics.Statistics.label("votes refused").collect(store.auditTrail().stream()
                .anyMatch(a -> a.record().refusal().map(r -> r.code().equals("no-quorum")).orElse(false)));
        for (Item i : d.items()) {
            for (ItemEvent e : i.timeline()) {
                if (e instanceof ItemEvent.Decided dec) {
                    Meeting m = d.meeting(dec.meeting()).orElseThrow();
                    assertThat(Tally.quorate(BODY, m, dec.tally().quorum())).as("decided at a quorate meeting")
                            .isTrue();
                    assertThat(dec.tally().quorum().share().stricterThan(BODY.quorum().share())
                            || dec.tally().quorum().share().equals(BODY.quorum().share())).isTrue();
                }
            }
            i.resolution().ifPresent(r -> {
                assertThat(i.tasks()).as("every task assigned").hasSize(r.tasks().size());
                i.tasks().forEach((n, issue) -> {
                    assertThat(engine.issue(issue)).as("task " + n + " is an issue").isPresent();
                    assertThat(d.itemOfTask(issue)).contains(i.id());
                });
            });
        }
        StringWriter out = new StringWriter();
        EventLog.write(store, out);
        InMemoryEventStore read = EventLog.read("deliberation.jsonl", new BufferedReader(new StringReader(out.toString())));
        assertThat(read.itemIds()).isEqualTo(store.itemIds());
        assertThat(read.meetingIds()).isEqualTo(store.meetingIds());
        for (var id : store.itemIds()) {
            assertThat(read.loadItem(id)).isEqualTo(store.loadItem(id));
        }
        for (var id : store.meetingIds()) {
            assertThat(read.loadMeeting(id)).isEqualTo(store.loadMeeting(id));
        }
    }

    private static Instant run(Deliberations d, int n, Script s, Instant start) {
        Instant at = start;
        List<Runnable> steps = new ArrayList<>();
        Instant[] t = {at};
        java.util.function.Supplier<Instant> next = () -> t[0] = t[0].plus(Duration.ofMinutes(30));
        steps.add(() -> d.propose(item(n), parking(), RESIDENT, next.get()));
        steps.add(() -> d.table(item(n), COUNCIL, SECRETARY, next.get()));
        steps.add(() -> d.call(meeting(n), COUNCIL, t[0].plus(Duration.ofHours(1)), List.of(item(n)), SECRETARY,
                next.get()));
        steps.add(() -> d.open(meeting(n), attendance(s.attendance()), SECRETARY, next.get()));
        for (int p = 0; p < PEOPLE.length; p++) {
            int v = s.votes().get(p);
            PersonId voter = new PersonId(PEOPLE[p]);
            if (v > 0) {
                steps.add(() -> d.vote(meeting(n), item(n), voter, Choice.values()[v - 1], SECRETARY, next.get()));
            }
        }
        steps.add(() -> d.decide(meeting(n), item(n), resolution(s.tasks()), SECRETARY, next.get()));
        if (s.followUp()) {
            steps.add(() -> d.close(meeting(n), "会议纪要", SECRETARY, next.get()));
            steps.add(() -> d.call(meeting(100 + n), COUNCIL, t[0].plus(Duration.ofDays(1)), List.of(), SECRETARY,
                    next.get()));
            steps.add(() -> d.open(meeting(100 + n), attendance(31), SECRETARY, next.get()));
            steps.add(() -> d.reportBack(item(n), meeting(100 + n), "已落实", SECRETARY, next.get()));
        }
        for (int i = 0; i < steps.size(); i++) {
            if (i != s.skip()) {
                steps.get(i).run();
            }
        }
        return t[0].plus(Duration.ofDays(1));
    }

    /** The seats whose bit is set in {@code mask}, taken by their representatives. */
    private static List<org.gridgov.deliberation.Attendance> attendance(int mask) {
        List<String> seats = new ArrayList<>();
        for (int i = 0; i < SEATS.length; i++) {
            if ((mask >> i & 1) == 1) {
                seats.add(SEATS[i]);
            }
        }
        return DeliberationFixtures.council(seats.toArray(String[]::new));
    }

    private static Resolution resolution(int tasks) {
        List<TaskSpec> specs = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            specs.add(new TaskSpec("任务" + t, new CategoryId("property.parking"), COMMUNITY));
        }
        return new Resolution("决议", specs);
    }
}
