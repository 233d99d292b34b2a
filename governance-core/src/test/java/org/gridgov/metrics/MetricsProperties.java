package org.gridgov.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.metrics.EvaluationFixtures.*;
import static org.gridgov.issue.IssueFixtures.ENGINE;
import static org.gridgov.issue.IssueFixtures.HOTLINE;
import static org.gridgov.issue.IssueFixtures.noiseComplaint;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMultiset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Closure;
import org.gridgov.issue.Issue;
import org.gridgov.issue.IssueEvent;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Outcome;
import org.gridgov.issue.Owner;
import org.gridgov.issue.Participant;
import org.gridgov.issue.Rating;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;

/** Metrics over random sets of random case histories, for random scopes. */
class MetricsProperties {
    private static final Owner[] OWNERS = {GRID1, GRID2, GRID3, STREET1_UM,
        Owner.person(new NodeId("S1C2"), URBAN_MANAGEMENT, P1)};
    private static final OrganizationId[] ORGS = {POLICE, PROPERTY, URBAN_MANAGEMENT};
    private static final String[] KINDS = {"accept", "resolve"};
    private static final Scope[] SCOPES = {new Scope.Subtree(new NodeId("C")), new Scope.Subtree(S1),
        new Scope.Subtree(S1C1), new Scope.Subtree(S2), new Scope.Organization(URBAN_MANAGEMENT),
        new Scope.Organization(POLICE), new Scope.Person(P1), new Scope.Person(P3)};
    private static final Bilingual WHY = Bilingual.of("理由", "reason");

    /** One proposed step of a history: which command, a selector for its arguments, minutes after the last. */
    record Step(int kind, int pick, int minutes) {
    }

    /** A case: when it is reported relative to the start of March (hours) and what happens to it. */
    record CaseSpec(int reportHour, List<Step> steps) {
    }

    @Provide
    Arbitrary<List<Issue>> cases() {
        Arbitrary<Step> step = Combinators.combine(commands(),
                Arbitraries.integers().between(0, 11), Arbitraries.integers().between(0, 120)).as(Step::new);
        Arbitrary<CaseSpec> spec = Combinators.combine(Arbitraries.integers().between(-48, 31 * 24 + 48),
                step.list().ofMinSize(3).ofMaxSize(30)).as(CaseSpec::new);
        return spec.list().ofMinSize(1).ofMaxSize(12).map(MetricsProperties::build);
    }

    /** Commands 0 to 16; ordinary handling (route, accept, resolve, rate), summons, check-ins and reopenings more often. */
    private static Arbitrary<Integer> commands() {
        List<Tuple.Tuple2<Integer, Integer>> weighted = new ArrayList<>();
        for (int k = 0; k <= 16; k++) {
            weighted.add(Tuple.of(k == 0 || k == 1 || k == 11 || k == 12 ? 6 : k == 8 || k == 9 || k == 14 ? 3 : 1, k));
        }
        @SuppressWarnings("unchecked")
        Tuple.Tuple2<Integer, Integer>[] frequencies = weighted.toArray(new Tuple.Tuple2[0]);
        return Arbitraries.frequency(frequencies);
    }

    @Property(tries = 300)
    void everyRateIsAShareOrUndefinedExactlyWhenNothingIsMeasured(@ForAll("cases") List<Issue> cases,
                                                                  @ForAll @IntRange(max = 7) int scope) {
        MetricReport report = Metrics.of(cases, SCOPES[scope], MARCH, CITY);

        for (Measure m : report.measures().values()) {
            Rate r = m.rate();
            assertThat(r.value().isEmpty()).isEqualTo(r.denominator() == 0);
            r.value().ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
            assertThat(r.numerator()).isEqualTo(m.numerator().size());
            assertThat(r.denominator()).isEqualTo(m.denominator().size());
            assertThat(HashMultiset.create(m.denominator()).containsAll(m.numerator())).isTrue();
            assertThat(m.denominator()).allSatisfy(id -> assertThat(report.excluded()).doesNotContain(id));
            for (IssueId id : m.numerator()) {
                assertThat(ImmutableMultiset.copyOf(m.denominator()).count(id))
                        .isGreaterThanOrEqualTo(ImmutableMultiset.copyOf(m.numerator()).count(id));
            }
        }
        assertThat(report.response().denominator()).isEqualTo(report.received());
        assertThat(report.resolution().denominator()).isEqualTo(report.received());
        assertThat(report.dispatchRejection().denominator()).isEqualTo(report.received());
        assertThat(report.received()).allSatisfy(id -> assertThat(report.received()).containsOnlyOnce(id));
        assertThat(report.received()).allSatisfy(id -> assertThat(report.excluded()).doesNotContain(id));
        report.measures().forEach((metric, m) -> Statistics.label("measured").collect(
                metric + (m.numerator().isEmpty() ? " none" : " some")
                        + (m.denominator().isEmpty() ? " of none" : " of some")));
        // guards the generator: every metric sometimes has cases on both sides and sometimes undefined
        Statistics.label("measured").coverage(c -> {
            for (Metric metric : Metric.values()) {
                c.check(metric + " some of some").count(n -> n > 0);
                c.check(metric + " none of none").count(n -> n > 0);
            }
        });
    }

    @Property(tries = 200)
    void aLevelsReportsInOnePassEqualEachNodesOwnReport(@ForAll("cases") List<Issue> cases) {
        for (LevelId level : List.of(new LevelId("street"), new LevelId("community"), new LevelId("grid"))) {
            Map<NodeId, MetricReport> all = Metrics.ofLevel(cases, level, MARCH, CITY);
            assertThat(all.keySet()).containsExactlyElementsOf(CITY.atLevel(CITY.root().id(), level).stream()
                    .map(n -> n.id()).toList());
            all.forEach((node, report) -> assertThat(report).isEqualTo(Metrics.of(cases, new Scope.Subtree(node),
                    MARCH, CITY)));
            Metrics.unitsOf(cases, level, MARCH, CITY, Metrics.DEFAULT_ACCEPT_LIMIT).forEach((node, u) -> {
                List<IssueId> ids = new ArrayList<>(u.report().received());
                ids.addAll(u.report().excluded());
                assertThat(u.cases()).extracting(Issue::id).containsExactlyElementsOf(ids);
            });
        }
    }

    @Property(tries = 300)
    void excludingACaseTakesItOutOfEveryMeasureAndChangesNothingElse(@ForAll("cases") List<Issue> cases,
                                                                    @ForAll @IntRange(max = 7) int scope,
                                                                    @ForAll @IntRange(max = 11) int which) {
        if (cases.isEmpty() || cases.get(which % cases.size()).excluded()) {
            return;
        }
        Issue target = cases.get(which % cases.size());
        List<Issue> after = new ArrayList<>(cases);
        after.set(which % cases.size(), ((Outcome.Accepted) target.exclude(WHY, HOTLINE, target.lastEventAt())).issue());

        MetricReport before = Metrics.of(cases, SCOPES[scope], MARCH, CITY);
        MetricReport excluded = Metrics.of(after, SCOPES[scope], MARCH, CITY);

        for (Map.Entry<Metric, Measure> e : excluded.measures().entrySet()) {
            Measure was = before.measure(e.getKey());
            assertThat(e.getValue().numerator()).doesNotContain(target.id())
                    .isEqualTo(without(was.numerator(), target.id()));
            assertThat(e.getValue().denominator()).isEqualTo(without(was.denominator(), target.id()));
        }
        boolean counted = before.measures().values().stream().anyMatch(m -> m.denominator().contains(target.id()));
        assertThat(excluded.excluded().contains(target.id())).isEqualTo(counted);
    }

    private static List<IssueId> without(List<IssueId> ids, IssueId id) {
        return ids.stream().filter(i -> !i.equals(id)).toList();
    }

    private static List<Issue> build(List<CaseSpec> specs) {
        List<Issue> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            CaseSpec spec = specs.get(i);
            Instant reported = MARCH.from().plus(Duration.ofHours(spec.reportHour()));
            Issue issue = ((Outcome.Accepted) Issue.report(new IssueId("case-" + i), noiseComplaint(), HOTLINE,
                    reported)).issue();
            for (Step s : spec.steps()) {
                Optional<Outcome> o = command(issue, s, issue.lastEventAt().plus(Duration.ofMinutes(s.minutes())));
                if (o.isPresent() && o.get() instanceof Outcome.Accepted a) {
                    issue = a.issue();
                }
            }
            out.add(issue);
        }
        return out;
    }

    /** The command a step proposes; refusals are simply skipped by the caller. */
    private static Optional<Outcome> command(Issue issue, Step s, Instant at) {
        Owner owner = OWNERS[s.pick() % OWNERS.length];
        OrganizationId org = ORGS[s.pick() % ORGS.length];
        String kind = KINDS[s.pick() % KINDS.length];
        return Optional.of(switch (s.kind()) {
            case 0 -> issue.route(owner, WHY, ENGINE, at);
            case 1 -> issue.accept(ENGINE, at);
            case 2 -> issue.rejectDispatch(WHY, ENGINE, at);
            case 3 -> issue.escalate(owner, WHY, ENGINE, at);
            case 4 -> issue.reassign(owner, WHY, ENGINE, at);
            case 5 -> issue.setDeadline(kind, at.plus(Duration.ofMinutes(30L * s.pick())), ENGINE, at);
            case 6 -> issue.warn(kind, WHY, ENGINE, at);
            case 7 -> issue.clearDeadline(kind, ENGINE, at);
            case 8 -> issue.summon(org, s.pick() % 3 == 0 ? Optional.empty()
                    : Optional.of(at.plus(Duration.ofMinutes(30L * s.pick()))), ENGINE, at);
            case 9 -> issue.checkIn(issue.participants().stream().filter(p -> !p.checkedIn())
                    .map(Participant::organization).findFirst().orElse(org), ENGINE, at);
            case 10 -> issue.recordMissedReportIn(org, ENGINE, at);
            case 11 -> issue.resolve("done", ENGINE, at);
            case 12 -> issue.rate(Rating.values()[s.pick() % 3], "", HOTLINE, at);
            case 13 -> issue.recordFailedCallback("", HOTLINE, at);
            case 14 -> issue.reopen(WHY, HOTLINE, at);
            case 15 -> issue.close(issue.status() == IssueStatus.RESOLVED ? Closure.RESOLVED : Closure.INVALID, "",
                    HOTLINE, at);
            default -> s.pick() < 3 ? issue.exclude(WHY, HOTLINE, at) : issue.note("n", HOTLINE, at);
        });
    }
}
