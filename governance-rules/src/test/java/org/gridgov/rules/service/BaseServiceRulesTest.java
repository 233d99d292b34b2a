package org.gridgov.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.gridgov.actor.Actor;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.PersonId;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.service.ServiceEvent;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServiceRates;
import org.gridgov.service.ServiceRecord;
import org.gridgov.service.UnitStanding;
import org.gridgov.service.UnitStandingRequest;
import org.gridgov.time.TimeLimit;
import org.gridgov.timeline.Change;
import org.gridgov.timeline.FollowUp;
import org.gridgov.timeline.FollowUpDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void aWishesServiceIsVerifiedWithinThreeWorkingDaysAnyOtherWithinFive() {
        var wish = policy.verification(record(Optional.of(ServiceId.wish("W")), 0));
        assertThat(wish.within().map(BaseServiceRulesTest::unrounded)).contains(TimeLimit.parse("3 个工作日"));
        assertThat(wish.explanation().fired()).extracting(t -> t.rule()).containsExactly("微心愿服务3个工作日内核实确认");
        var plain = policy.verification(record(Optional.empty(), 0));
        assertThat(plain.within().map(BaseServiceRulesTest::unrounded)).contains(TimeLimit.parse("5 个工作日"));
        assertThat(plain.explanation().fired()).extracting(t -> t.rule()).containsExactly("服务申报5个工作日内核实确认");
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
