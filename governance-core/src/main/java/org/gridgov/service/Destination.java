package org.gridgov.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.JurisdictionLevel;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.Person;
import org.gridgov.people.PersonId;

/**
 * Where an in-service party member reports in, and why: the community they live in (the residence rule), else the
 * community their employer is paired with (龙岩's rule, {@link org.gridgov.people.People#reportInCommunity}). The
 * community level is the city's lowest administrative level (社区/村).
 *
 * @param community the community
 * @param basis     why
 */
public record Destination(NodeId community, Basis basis) {

    /** The city's community level: its lowest administrative level. */
    public static JurisdictionLevel communityLevel(City city) {
        return city.jurisdiction().levels().levels().stream().filter(l -> l.kind() == LevelKind.ADMINISTRATIVE)
                .max(Comparator.comparingInt(JurisdictionLevel::rank)).orElseThrow();
    }

    /** Where a member reports in on a day; empty for someone who is not an in-service member or has nowhere to go. */
    public static Optional<Destination> of(City city, PersonId member, LocalDate day) {
        Optional<Person> p = city.people().find(member);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        var level = communityLevel(city).id();
        Optional<NodeId> community = city.people().reportInCommunity(member, city.organizations(), level, day);
        if (community.isEmpty()) {
            return Optional.empty();
        }
        boolean home = p.get().residence().flatMap(r -> city.jurisdiction().ancestorAtLevel(r, level))
                .map(n -> n.id().equals(community.get())).orElse(false);
        return Optional.of(new Destination(community.get(), home ? Basis.RESIDENCE : Basis.EMPLOYER_PAIRING));
    }
}
