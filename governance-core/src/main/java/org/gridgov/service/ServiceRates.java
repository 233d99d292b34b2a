package org.gridgov.service;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.Person;
import org.gridgov.people.PersonId;

/**
 * The report-in rate (报到率) and the service rate (服务率) of a year, for an area or a unit, with the members behind
 * each number. Expected: the city's in-service party members whose community lies in the area (as the caller says:
 * where they registered, or where the service policy sends them), or who work for the unit. Reported in: those whose report-in of the year was confirmed in person. Served: reported-in
 * members with at least one confirmed service that year. A rate with nobody expected is undefined, not zero.
 *
 * @param expected   members expected to report in
 * @param reported   of them, confirmed
 * @param unreported of them, not confirmed (the cross-check: who has not reported)
 * @param served     of the reported, those with a confirmed service
 */
public record ServiceRates(List<PersonId> expected, List<PersonId> reported, List<PersonId> unreported,
                           List<PersonId> served) {
    public ServiceRates {
        expected = List.copyOf(expected);
        reported = List.copyOf(reported);
        unreported = List.copyOf(unreported);
        served = List.copyOf(served);
    }

    /** The report-in rate; empty when nobody is expected. */
    public Optional<Double> reportInRate() {
        return expected.isEmpty() ? Optional.empty() : Optional.of((double) reported.size() / expected.size());
    }

    /** The service rate; empty when nobody reported in. */
    public Optional<Double> serviceRate() {
        return reported.isEmpty() ? Optional.empty() : Optional.of((double) served.size() / reported.size());
    }

    /**
     * The rates of an area (its node's subtree) for a year.
     *
     * @param communityOf each in-service member's community that year; empty for a member with none
     */
    public static ServiceRates ofArea(City city, NodeId area, Year year, List<ReportIn> reportIns,
                                      List<ServiceRecord> records, Function<PersonId, Optional<NodeId>> communityOf) {
        return of(city, city.people().inServiceMembers(), year, reportIns, records, p -> communityOf.apply(p.id())
                .map(c -> city.jurisdiction().isAncestorOrSelf(area, c)).orElse(false));
    }

    /** The rates of a unit's members for a year. */
    public static ServiceRates ofUnit(City city, OrganizationId unit, Year year, List<ReportIn> reportIns,
                                      List<ServiceRecord> records) {
        return of(city, city.people().employeesOf(unit), year, reportIns, records, p -> true);
    }

    private static ServiceRates of(City city, List<Person> candidates, Year year, List<ReportIn> reportIns,
                                   List<ServiceRecord> records, Predicate<Person> counted) {
        List<PersonId> expected = new ArrayList<>();
        for (Person p : candidates) {
            if (p.isInServicePartyMember() && counted.test(p)) {
                expected.add(p.id());
            }
        }
        Set<PersonId> confirmed = reportIns.stream().filter(r -> r.year().equals(year) && r.confirmed())
                .flatMap(r -> r.member().stream()).collect(Collectors.toSet());
        Set<PersonId> active = records.stream().filter(ServiceRecord::counts)
                .filter(r -> Year.from(r.from().atZone(city.zone())).equals(year)).map(ServiceRecord::member)
                .collect(Collectors.toSet());
        List<PersonId> reported = expected.stream().filter(confirmed::contains).toList();
        List<PersonId> unreported = expected.stream().filter(p -> !confirmed.contains(p)).toList();
        List<PersonId> served = reported.stream().filter(active::contains).toList();
        return new ServiceRates(expected, reported, unreported, served);
    }
}
