package org.gridgov.people;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.organization.Organizations;

/**
 * An immutable directory of persons over a {@link Jurisdiction}. Build one with
 * {@link #builder(Jurisdiction, Organizations)}.
 *
 * <p>The directory keeps the jurisdiction for place queries but not the organization directory: pairings
 * change, so queries that need them take the organizations to ask. Lists keep the order in which persons
 * were added. Queries with an id the directory or the jurisdiction does not know throw
 * {@link IllegalArgumentException}; use {@link #find} to ask first. Instances are safe to share between
 * threads.
 */
public final class People {
    private final Jurisdiction jurisdiction;
    private final ImmutableMap<PersonId, Person> byId;
    // Service rates ask for a unit's staff and for all in-service members, once per unit and per area.
    private final ImmutableListMultimap<OrganizationId, Person> byEmployer;
    private final ImmutableList<Person> inService;

    People(Jurisdiction jurisdiction, Collection<Person> persons) {
        this.jurisdiction = jurisdiction;
        this.byId = persons.stream().collect(ImmutableMap.toImmutableMap(Person::id, p -> p));
        this.byEmployer = byId.values().stream().filter(p -> p.employer().isPresent())
                .collect(ImmutableListMultimap.toImmutableListMultimap(p -> p.employer().get(), p -> p));
        this.inService = byId.values().stream().filter(Person::isInServicePartyMember)
                .collect(ImmutableList.toImmutableList());
    }

    /** The persons an organization employs, in the order added. */
    public List<Person> employeesOf(OrganizationId organization) {
        return byEmployer.get(organization);
    }

    /** The in-service party members (在职党员), in the order added. */
    public List<Person> inServiceMembers() {
        return inService;
    }

    /**
     * Starts a directory checked against a jurisdiction and the organizations built over it.
     *
     * @throws NullPointerException     if either argument is null
     * @throws IllegalArgumentException if the organizations were built over another jurisdiction
     */
    public static PeopleBuilder builder(Jurisdiction jurisdiction, Organizations organizations) {
        return new PeopleBuilder(jurisdiction, organizations);
    }

    /** The jurisdiction residences are checked against. */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** Every person, in the order given. */
    public Collection<Person> all() {
        return byId.values();
    }

    /** The number of persons. */
    public int size() {
        return byId.size();
    }

    /** The person with this id, if any. */
    public Optional<Person> find(PersonId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** True if the directory has a person with this id. */
    public boolean contains(PersonId id) {
        return byId.containsKey(id);
    }

    /**
     * The person with this id.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Person require(PersonId id) {
        Person p = byId.get(id);
        checkArgument(p != null, "unknown person '%s'", id);
        return p;
    }

    /**
     * The persons living in a node's subtree: a community's residents include those recorded at its grids,
     * buildings and units. Persons without a recorded residence are never included.
     *
     * @throws IllegalArgumentException if the jurisdiction has no such node
     */
    public List<Person> residentsOf(NodeId node) {
        checkArgument(jurisdiction.contains(node), "unknown node '%s'", node);
        return byId.values().stream()
                .filter(p -> p.residence().map(r -> jurisdiction.isAncestorOrSelf(node, r)).orElse(false))
                .collect(ImmutableList.toImmutableList());
    }

    /** The persons registered in a key group. */
    public List<Person> withKeyGroup(KeyGroup group) {
        return byId.values().stream().filter(p -> p.keyGroups().contains(group))
                .collect(ImmutableList.toImmutableList());
    }

    /** The persons with a party membership, in service or not. */
    public List<Person> partyMembers() {
        return byId.values().stream().filter(p -> p.party().isPresent()).collect(ImmutableList.toImmutableList());
    }

    /**
     * The community a person lives in: the ancestor at the community level (社区/村) of their residence. Which
     * community an in-service member reports in to is the service policy's decision; this is one of its inputs.
     *
     * @param person         the person
     * @param communityLevel the city's level that counts as "community", such as {@code community}
     * @return the community; empty when the residence is unknown or recorded above the community level
     * @throws IllegalArgumentException if the person is unknown or the level is not in the city's scheme
     */
    public Optional<NodeId> homeCommunity(PersonId person, LevelId communityLevel) {
        Person p = require(person);
        jurisdiction.levels().require(communityLevel);
        return p.residence().flatMap(r -> jurisdiction.ancestorAtLevel(r, communityLevel)).map(JurisdictionNode::id);
    }

    @Override
    public String toString() {
        return "People[" + byId.size() + " persons]";
    }
}
