package org.gridgov.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.service.Basis;
import org.gridgov.service.Destination;
import org.gridgov.service.DestinationRequest;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServicePolicy;
import org.gridgov.service.ServiceRates;
import org.gridgov.service.ServiceRecord;
import org.gridgov.service.UnitStanding;
import org.gridgov.service.UnitStandingRequest;
import org.gridgov.service.VerifierRequest;
import org.gridgov.time.TimeLimit;
import org.gridgov.timeline.Change;
import org.gridgov.timeline.FollowUp;
import org.gridgov.timeline.FollowUpDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every service rule of the base pack, with a case where it fires and one where it does not. */
class BaseServiceRulesTest {
    static final Instant T = Instant.parse("2024-06-03T01:00:00Z");
    static final Actor A = Actor.resident(new PersonId("m1"));
    static DroolsServicePolicy policy;

    @BeforeAll
    static void load() {
        PackLoadResult r = PackLoader.withBuiltIns().load(PackSource.classpath(
                BaseServiceRulesTest.class.getClassLoader(), "org/gridgov/rules/packs/base/"), PackContext.unchecked());
        assertThat(r.problems()).isEmpty();
        var base = CompiledActivePack.of(((PackLoadResult.Loaded) r).pack());
        policy = new DroolsServicePolicy(() -> base);
    }

    static ServiceRecord record(Optional<ServiceId> source, int warnings) {
        ServiceRecord r = ((Change.Accepted<ServiceRecord, ServiceEvent>) ServiceRecord.submit(
                new ServiceEvent.ServiceSubmitted(ServiceId.record("R"), A, T, new PersonId("m1"), "服务", T,
                        T.plusSeconds(3600), Optional.of(new PersonId("r1")), Optional.empty(), source))).state();
        r = ((Change.Accepted<ServiceRecord, ServiceEvent>) r.apply(new ServiceEvent.RecordDeadlineSet(r.id(), A, T,
                "verify", T))).state();
        for (int w = 0; w < warnings; w++) {
            r = ((Change.Accepted<ServiceRecord, ServiceEvent>) r.apply(new ServiceEvent.RecordWarned(r.id(), A, T,
                    org.gridgov.i18n.Bilingual.of("提醒", "warned")))).state();
        }
        return r;
    }

    static TimeLimit unrounded(TimeLimit l) {
        return new TimeLimit(l.amount(), l.unit());
    }

    @ParameterizedTest
    @CsvSource({"wish, 3 个工作日, 微心愿服务3个工作日内核实确认", "order, 3 个工作日, 点单服务3个工作日内核实确认",
            "post, 5 个工作日, 岗位服务5个工作日内核实确认", "'', 5 个工作日, 服务申报5个工作日内核实确认"})
    void eachSourceHasItsVerificationLimitFromTheTableAndNoOtherRowFires(String source, String limit, String rule) {
        Optional<ServiceId> from = source.equals("wish") ? Optional.of(ServiceId.wish("W"))
                : source.equals("order") ? Optional.of(ServiceId.order("O"))
                : source.equals("post") ? Optional.of(ServiceId.post("P")) : Optional.empty();
        var v = policy.verification(record(from, 0));
        assertThat(v.within().map(BaseServiceRulesTest::unrounded)).contains(TimeLimit.parse(limit));
        assertThat(v.explanation().fired()).extracting(t -> t.rule()).containsExactly(rule);
    }

    static ServicePolicy.Destined destination(Optional<String> home, String... paired) {
        return policy.destination(new DestinationRequest(new PersonId("m1"), home.map(NodeId::new),
                java.util.Arrays.stream(paired).map(NodeId::new).toList(), LocalDate.of(2024, 3, 1)));
    }

    @Test
    void aMemberReportsInWhereTheyLiveElseToTheEmployersFirstPairedCommunityElseNowhere() {
        var home = destination(Optional.of("C1"), "C2");
        assertThat(home.destination()).contains(new Destination(new NodeId("C1"), Basis.RESIDENCE));
        assertThat(home.explanation().fired()).extracting(t -> t.rule()).containsExactly("在职党员向居住地社区报到");
        var paired = destination(Optional.empty(), "C2", "C3");
        assertThat(paired.destination()).contains(new Destination(new NodeId("C2"), Basis.EMPLOYER_PAIRING));
        assertThat(paired.explanation().fired()).extracting(t -> t.rule())
                .containsExactly("不在本市社区居住的向单位结对社区报到");
        var nowhere = destination(Optional.empty());
        assertThat(nowhere.destination()).isEmpty();
        assertThat(nowhere.explanation().fired()).isEmpty();
        assertThat(nowhere.explanation().reason().en()).contains("no rule names a community");
    }

    static ServiceEvent.Listed listed(String key, boolean need, String category, int quantity) {
        return new ServiceEvent.Listed(ServiceId.agreement(new OrganizationId("u"), new NodeId("C1")), A, T, key, need,
                category, quantity, key);
    }

    @Test
    void aResourceOfTheNeedsCategoryAndEnoughQuantityMatchesAndNothingElseDoes() {
        var need = listed("n", true, "medical", 2);
        var ok = policy.match(need, listed("r", false, "medical", 3));
        assertThat(ok.matches()).isTrue();
        assertThat(ok.explanation().fired()).extracting(t -> t.rule()).containsExactly("同类资源足量可匹配需求");
        assertThat(policy.match(need, listed("r", false, "medical", 1)).matches()).as("too few").isFalse();
        var other = policy.match(need, listed("r", false, "legal", 5));
        assertThat(other.matches()).as("another category").isFalse();
        assertThat(other.explanation().fired()).isEmpty();
        assertThat(other.explanation().reason().zh()).contains("没有规则认定匹配");
    }

    @Test
    void theCommunityVerifiesAReportedInMembersServiceAndTheStreetAnyOthers() {
        ServiceRecord r = record(Optional.empty(), 0);
        var in = policy.verifier(new VerifierRequest(r, new NodeId("C1"), new NodeId("S1"), true));
        assertThat(in.node()).isEqualTo(new NodeId("C1"));
        assertThat(in.explanation().fired()).extracting(t -> t.rule()).containsExactly("已报到党员的服务由社区党组织核实");
        var out = policy.verifier(new VerifierRequest(r, new NodeId("C1"), new NodeId("S1"), false));
        assertThat(out.node()).isEqualTo(new NodeId("S1"));
        assertThat(out.explanation().fired()).extracting(t -> t.rule()).containsExactly("未报到党员的服务由街道党工委核实");
    }

    @Test
    void anUnverifiedServiceIsWarnedWithTwoMoreDaysThenSupervised() {
        FollowUpDecision first = policy.followUp(record(Optional.empty(), 0), "verify", 6);
        assertThat(first.actions()).hasSize(2);
        assertThat(first.actions().get(0)).isInstanceOf(FollowUp.Warn.class);
        assertThat(unrounded(((FollowUp.SetDeadline) first.actions().get(1)).limit()))
                .isEqualTo(TimeLimit.parse("2 个工作日"));
        FollowUpDecision again = policy.followUp(record(Optional.empty(), 1), "verify", 9);
        assertThat(again.actions()).singleElement().isInstanceOf(FollowUp.Supervise.class);
        assertThat(policy.followUp(record(Optional.empty(), 0), "other", 1).actions()).isEmpty();
    }

    static int stars(int services, int minutes, int answered) {
        return policy.stars(new org.gridgov.service.MemberQuarter(new PersonId("m1"), T, T.plusSeconds(86400 * 90),
                services, minutes, answered)).stars();
    }

    @Test
    void aQuartersServiceEarnsStarsByTheFirstRuleThatFires() {
        assertThat(stars(8, 12 * 60, 0)).as("10 hours or more").isEqualTo(3);
        assertThat(stars(3, 6 * 60, 0)).as("5 hours or more").isEqualTo(2);
        assertThat(stars(3, 2 * 60, 3)).as("three answered").isEqualTo(2);
        assertThat(stars(1, 60, 0)).as("any confirmed service").isEqualTo(1);
        assertThat(stars(0, 0, 0)).as("nothing").isZero();
    }

    static UnitStanding standing(int expected, int reported, int served) {
        List<PersonId> all = java.util.stream.IntStream.range(0, expected).mapToObj(i -> new PersonId("p" + i)).toList();
        ServiceRates rates = new ServiceRates(all, all.subList(0, reported), all.subList(reported, expected),
                all.subList(0, served));
        return policy.standing(new UnitStandingRequest(new OrganizationId("u"), Year.of(2024), rates, 12));
    }

    @Test
    void aUnitBelowNinetyFivePercentIsNotEligibleAndScoresItsRates() {
        UnitStanding low = standing(20, 18, 9);
        assertThat(low.eligible()).isFalse();
        assertThat(low.points()).isEqualTo(18.0 / 20 * 50 + 9.0 / 18 * 50);
        UnitStanding full = standing(20, 20, 20);
        assertThat(full.eligible()).isTrue();
        assertThat(full.points()).isEqualTo(100);
        UnitStanding nobody = standing(0, 0, 0);
        assertThat(nobody.eligible()).isTrue();
        assertThat(nobody.lines()).isEmpty();
        assertThat(standing(10, 0, 0).lines()).extracting(UnitStanding.Line::rule)
                .containsExactlyInAnyOrder("单位报到率低于95%不得评先评优", "单位报到率得分");
    }
}
