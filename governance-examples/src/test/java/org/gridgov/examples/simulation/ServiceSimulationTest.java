package org.gridgov.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.people.Person;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.StaffingSpec;
import org.gridgov.service.ServiceRates;
import org.gridgov.service.ServiceRecord;
import org.gridgov.store.EventLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small year of service through 吉林's pack: what the simulated people did, and what the engine made of it. */
class ServiceSimulationTest {
    static City city;

    @BeforeAll
    static void members() throws Exception {
        city = ExampleCities.load("jilin", ServiceSimulationTest::withMembers);
    }

    static CityProfile withMembers(CityProfile p) {
        return p.withMembers(new StaffingSpec.Members(400, 12, "resident-unit", "unit-party-organization", null,
                null, 6, 0.1));
    }

    static CityEngine engine() {
        return GridGov.forCity(city).pack(ExampleCities.loadPack(city).orElseThrow(), ExampleCities.packSource("jilin"))
                .build();
    }

    static ServiceSimulation.Result run(ServiceSimulation.Behaviour b, long seed) {
        return ServiceSimulation.run(engine(), Year.of(2024), b, seed, () -> { });
    }

    @Test
    void everyServiceIsVerifiedBeforeItCountsAndTheRatesComeFromTheEvents() {
        ServiceSimulation.Result result = run(ServiceSimulation.Behaviour.seed(), 5);
        var service = result.engine().engine().service();
        Map<String, Integer> done = result.done();
        // Nothing the simulated people tried is lost: besides overlapping submissions (and posts found full, which
        // the simulation counts itself), nothing is refused.
        assertThat(result.refused().keySet()).isSubsetOf("submit-service/overlapping", "claim-post/no-room-left");
        assertThat(done.get("confirm-service") + done.getOrDefault("reject-service", 0))
                .isEqualTo(done.get("verify-service"));
        List<ServiceRecord> records = service.records();
        assertThat(records).hasSize(done.get("submit-service"));
        assertThat(records.stream().filter(ServiceRecord::counts)).allMatch(r -> r.timeline().stream()
                .anyMatch(e -> e instanceof org.gridgov.service.ServiceEvent.ServiceVerified));
        // Late verifications met the pack's deadlines: some records were warned.
        assertThat(records.stream().filter(r -> r.timeline().stream()
                .anyMatch(e -> e instanceof org.gridgov.service.ServiceEvent.RecordWarned))).isNotEmpty();
        ServiceRates rates = service.ratesOf(city.jurisdiction().root().id(), Year.of(2024));
        List<Person> members = city.people().inServiceMembers();
        assertThat(rates.expected()).hasSize(members.size());
        assertThat(rates.reported()).hasSize(done.get("confirm-report-in") - done.get("register-unit-report-in"));
        assertThat(rates.reportInRate().orElseThrow()).isGreaterThan(0.95);
        assertThat(rates.serviceRate().orElseThrow()).isGreaterThan(0.95);
        assertThat(done.get("finish-project")).isLessThanOrEqualTo(done.get("start-project")).isPositive();
        // Every quarter, each unit with in-service members (the twelve generated and 船营区教育局) gets its statement.
        long units = members.stream().map(p -> p.employer().orElseThrow()).distinct().count();
        assertThat(done.get("service-feedback")).isEqualTo(4 * (int) units).isEqualTo(4 * 13);
    }

    @Test
    void theSameSeedPlaysTheSameYearAndAnotherSeedAnother() {
        assertThat(log(run(ServiceSimulation.Behaviour.seed(), 9))).isEqualTo(log(run(ServiceSimulation.Behaviour.seed(), 9)))
                .isNotEqualTo(log(run(ServiceSimulation.Behaviour.seed(), 10)));
    }

    @Test
    void unitsThatDoNotUrgeTheirMembersAreHeldIneligibleByThePack() {
        ServiceSimulation.Behaviour s = ServiceSimulation.Behaviour.seed();
        ServiceSimulation.Behaviour allLax = new ServiceSimulation.Behaviour(s.neverReports(), s.neverServes(),
                s.postsPerMember(), s.postClaimsPerMember(), s.servicesPerPost(), s.wishesPerMember(),
                s.pairingPerMember(), s.wishesClaimed(), s.ordersPerMonth(), s.projectsPerUnit(), s.projectsDone(),
                s.lateVerification(), s.notBorneOut(), 1.0);
        var lax = run(allLax, 5).engine().engine().service();
        var urged = run(s, 5).engine().engine().service();
        var units = city.people().inServiceMembers().stream().map(p -> p.employer().orElseThrow()).distinct().toList();
        long laxIneligible = units.stream().filter(u -> !lax.standing(u, Year.of(2024)).eligible()).count();
        long urgedIneligible = units.stream().filter(u -> !urged.standing(u, Year.of(2024)).eligible()).count();
        assertThat(laxIneligible).isGreaterThan(urgedIneligible);
        units.forEach(u -> assertThat(lax.standing(u, Year.of(2024)).eligible())
                .isEqualTo(lax.ratesOfUnit(u, Year.of(2024)).reportInRate().orElseThrow() >= 0.95));
    }

    private static String log(ServiceSimulation.Result result) {
        StringWriter w = new StringWriter();
        EventLog.write(result.engine().store(), w);
        return w.toString();
    }
}
