package org.gridgov.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.people.Person;
import org.gridgov.people.PersonId;

/**
 * What the service policy is asked when an in-service party member is to report in: the community they live in
 * and the communities their employer is paired with that day (结对共建), each at the city's community level
 * ({@link Destination#communityLevel}). The policy picks one of them, or none.
 *
 * @param member the member
 * @param home   the community of their residence, if they live in one
 * @param paired the communities their employer is paired with on the day, in the order the pairings were given,
 *               without repeats
 * @param day    the day of the report-in
 */
public record DestinationRequest(PersonId member, Optional<NodeId> home,
                                 List<NodeId> paired, LocalDate day) {
    public DestinationRequest {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(day, "day");
        paired = List.copyOf(paired);
    }

    /**
     * The request for a member on a day; empty for someone the city does not know or who is not an in-service
     * party member. A pairing with a node below the community level counts for that node's community.
     */
    public static Optional<DestinationRequest> of(City city, PersonId member, LocalDate day) {
        Optional<Person> p = city.people().find(member).filter(Person::isInServicePartyMember);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        var level = Destination.communityLevel(city).id();
        var paired = p.get().employer().filter(city.organizations()::contains).stream()
                .flatMap(e -> city.organizations().pairedCommunities(e, day).stream())
                .flatMap(n -> city.jurisdiction().ancestorAtLevel(n, level).stream())
                .map(JurisdictionNode::id).distinct().toList();
        return Optional.of(new DestinationRequest(member, city.people().homeCommunity(member, level), paired, day));
    }
}
