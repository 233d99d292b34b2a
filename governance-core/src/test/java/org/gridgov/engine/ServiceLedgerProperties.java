package org.gridgov.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.engine.DeliberationFixtures.SECRETARY;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridgov.actor.Actor;
import org.gridgov.city.City;
import org.gridgov.deliberation.DeliberationPolicy;
import org.gridgov.i18n.Bilingual;
import org.gridgov.people.PersonId;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServiceRecord;
import org.gridgov.store.EventLog;
import org.gridgov.store.InMemoryEventStore;

/**
 * Random histories of report-ins and services — registrations (again and again), confirmations, submissions of any
 * length and overlap, verifications borne out or not, confirmations, rejections and reversals in any order —
 * keep the ledger honest: every balance is the sum of the records that count now, nobody is reported in twice for
 * a year, and the event log replays to the same timelines.
 */
class ServiceLedgerProperties {
    private static final City CITY = DeliberationFixtures.city();
    private static final String[] MEMBERS = {"m1", "m2", "p3"};
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    /**
     * One record's way: who serves, when and how long (sometimes no time, too long, or overlapping another), and
     * what the community then does to it, mostly in a sensible order, sometimes not.
     */
    record Op(int member, int start, int hours, List<Integer> then, boolean reportIn) {
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        // Mostly the sensible paths (verify, confirm, sometimes reverse), some refused ones, some in any order.
        Arbitrary<List<Integer>> then = Arbitraries.oneOf(Arbitraries.of(List.of(3, 5), List.of(3, 5), List.of(3, 5, 7),
                List.of(4, 6), List.of(4, 5), List.of(5), List.of(3), List.of()),
                Arbitraries.integers().between(1, 7).list().ofMaxSize(4));
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(-1, 26), then, Arbitraries.of(true, false))
                .as(Op::new).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property(tries = 80)
    void theLedgerIsTheSumOfWhatCounts(@ForAll("histories") List<Op> ops) throws Exception {
        InMemoryEventStore store = new InMemoryEventStore();
        Services s = DeliberationFixtures.engine(CITY, store, DeliberationPolicy.bodyRules()).service();
        Instant at = T0;
        for (int n = 0; n < ops.size(); n++) {
            Op op = ops.get(n);
            at = at.plus(Duration.ofHours(1));
            apply(s, op, n, at);
        }

        List<ServiceRecord> records = s.records();
        Duration counted = records.stream().filter(ServiceRecord::counts).map(ServiceRecord::duration)
                .reduce(Duration.ZERO, Duration::plus);
        assertThat(s.ledger().total()).isEqualTo(counted);
        for (String m : MEMBERS) {
            PersonId p = new PersonId(m);
            assertThat(s.ledger().of(p)).isEqualTo(records.stream().filter(r -> r.member().equals(p))
                    .filter(ServiceRecord::counts).map(ServiceRecord::duration).reduce(Duration.ZERO, Duration::plus));
            assertThat(s.reportIns().stream().filter(r -> r.member().equals(Optional.of(p))))
                    .as("one report-in per member and year").hasSizeLessThanOrEqualTo(1);
        }
        assertThat(records.stream().filter(r -> r.status() == ServiceRecord.Status.CONFIRMED))
                .allSatisfy(r -> assertThat(r.timeline()).anyMatch(e -> e instanceof org.gridgov.service.ServiceEvent
                        .ServiceVerified v && v.borneOut()));
        net.jqwik.api.statistics.Statistics.label("some hours count").collect(!counted.isZero());
        net.jqwik.api.statistics.Statistics.label("a reversal").collect(records.stream()
                .anyMatch(r -> r.status() == ServiceRecord.Status.REVERSED));

        StringWriter out = new StringWriter();
        EventLog.write(store, out);
        InMemoryEventStore read = EventLog.read("service.jsonl", new BufferedReader(new StringReader(out.toString())));
        for (ServiceId id : store.serviceIds()) {
            assertThat(read.serviceTimeline(id)).isEqualTo(store.serviceTimeline(id));
        }
    }

    private static void apply(Services s, Op op, int n, Instant at) {
        PersonId member = new PersonId(MEMBERS[op.member()]);
        if (op.reportIn()) {
            s.registerReportIn(member, Year.of(2024), Actor.resident(member), at);
            s.confirmReportIn(ServiceId.reportIn(member, Year.of(2024)), "证" + n, SECRETARY, at);
        }
        Instant from = T0.plus(Duration.ofHours(op.start()));
        s.submitService("R" + n, member, "服务", from, from.plus(Duration.ofHours(op.hours())),
                Optional.of(new PersonId("r1")), Optional.empty(), Optional.empty(), Actor.resident(member), at);
        ServiceId record = ServiceId.record("R" + n);
        Bilingual why = Bilingual.of("原因", "why");
        for (int step : op.then()) {
            switch (step) {
                case 3 -> s.verifyService(record, "服务对象", true, SECRETARY, at);
                case 4 -> s.verifyService(record, "服务对象", false, SECRETARY, at);
                case 5 -> s.confirmService(record, SECRETARY, at);
                case 6 -> s.rejectService(record, why, SECRETARY, at);
                case 7 -> s.reverseService(record, why, SECRETARY, at);
                default -> s.registerReportIn(member, Year.of(2024), Actor.resident(member), at);
            }
        }
    }
}
