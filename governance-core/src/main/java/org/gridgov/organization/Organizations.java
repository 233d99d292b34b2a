package org.gridgov.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.NodeId;

/**
 * An immutable directory of a city's organizations over its {@link Jurisdiction}: the type catalogue, the
 * organizations attached to nodes, the parallel party chain, alliances (大党委, 党建联盟) and joint-building
 * pairings (结对共建). Build one with {@link #builder(Jurisdiction)}.
 *
 * <p>Lists keep the order in which elements were added to the builder. Queries taking an id the directory
 * (or its jurisdiction) does not know throw {@link IllegalArgumentException} naming the id; use the
 * {@code find} methods to ask first. Instances are safe to share between threads.
 */
public final class Organizations {
    private final Jurisdiction jurisdiction;
    private final ImmutableMap<OrganizationTypeId, OrganizationType> types;
    private final ImmutableMap<OrganizationId, Organization> byId;
    private final ImmutableListMultimap<NodeId, Organization> byNode;
    private final ImmutableListMultimap<OrganizationTypeId, Organization> byType;
    private final ImmutableListMultimap<OrganizationId, Organization> byParent;
    private final PartyChain chain;
    private final ImmutableMap<AllianceId, Alliance> alliances;
    private final ImmutableListMultimap<NodeId, Alliance> alliancesByNode;
    private final ImmutableListMultimap<OrganizationId, Alliance> alliancesByOrg;
    private final ImmutableList<Pairing> pairings;
    // By either end: a city pairs hundreds of units, and report-in asks a member's unit's pairings per member.
    private final ImmutableListMultimap<OrganizationId, Pairing> pairingsByUnit;
    private final ImmutableListMultimap<NodeId, Pairing> pairingsByCommunity;

    Organizations(Jurisdiction jurisdiction, Collection<OrganizationType> types,
                  Collection<Organization> organizations, PartyChain chain, Collection<Alliance> alliances,
                  List<Pairing> pairings) {
        this.jurisdiction = jurisdiction;
        this.types = types.stream().collect(ImmutableMap.toImmutableMap(OrganizationType::id, t -> t));
        this.byId = organizations.stream().collect(ImmutableMap.toImmutableMap(Organization::id, o -> o));
        this.byNode = organizations.stream()
                .collect(ImmutableListMultimap.toImmutableListMultimap(Organization::node, o -> o));
        this.byType = organizations.stream()
                .collect(ImmutableListMultimap.toImmutableListMultimap(Organization::type, o -> o));
        this.byParent = organizations.stream().filter(o -> o.parent().isPresent())
                .collect(ImmutableListMultimap.toImmutableListMultimap(o -> o.parent().get(), o -> o));
        this.chain = chain;
        this.alliances = alliances.stream().collect(ImmutableMap.toImmutableMap(Alliance::id, a -> a));
        this.alliancesByNode = alliances.stream()
                .collect(ImmutableListMultimap.toImmutableListMultimap(Alliance::node, a -> a));
        ImmutableListMultimap.Builder<OrganizationId, Alliance> byOrg = ImmutableListMultimap.builder();
        for (Alliance a : alliances) {
            byOrg.put(a.lead(), a);
            a.members().stream().filter(m -> !m.equals(a.lead())).forEach(m -> byOrg.put(m, a));
        }
        this.alliancesByOrg = byOrg.build();
        this.pairings = ImmutableList.copyOf(pairings);
        this.pairingsByUnit = Multimaps.index(this.pairings, Pairing::unit);
        this.pairingsByCommunity = Multimaps.index(this.pairings, Pairing::community);
    }

    /**
     * Starts a directory over a jurisdiction.
     *
     * @throws NullPointerException if the jurisdiction is null
     */
    public static OrganizationsBuilder builder(Jurisdiction jurisdiction) {
        return new OrganizationsBuilder(jurisdiction);
    }

    /** The jurisdiction the organizations are attached to. */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** The type catalogue, in the order given. */
    public Collection<OrganizationType> types() {
        return types.values();
    }

    /**
     * The type with this id.
     *
     * @throws IllegalArgumentException if the catalogue has no such type
     */
    public OrganizationType requireType(OrganizationTypeId id) {
        OrganizationType t = types.get(id);
        checkArgument(t != null, "unknown organization type '%s'; types are %s", id, types.keySet());
        return t;
    }

    /** Every organization, in the order given. */
    public Collection<Organization> all() {
        return byId.values();
    }

    /** The organization with this id, if any. */
    public Optional<Organization> find(OrganizationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * An organization as people write it: its id, or its Chinese or English name (English ignoring case; the
     * first in the directory's order if names repeat).
     *
     * @param text what was written; blank text finds nothing
     * @return the organization, or empty if nothing matches
     */
    public Optional<Organization> lookup(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Organization o = byId.get(new OrganizationId(text));
        if (o != null) {
            return Optional.of(o);
        }
        return byId.values().stream()
                .filter(x -> x.name().zh().equals(text) || x.name().en().equalsIgnoreCase(text)).findFirst();
    }

    /** True if the directory has an organization with this id. */
    public boolean contains(OrganizationId id) {
        return byId.containsKey(id);
    }

    /**
     * The organization with this id.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Organization require(OrganizationId id) {
        Organization o = byId.get(id);
        checkArgument(o != null, "unknown organization '%s'", id);
        return o;
    }

    /**
     * The type of an organization.
     *
     * @throws IllegalArgumentException if the organization is unknown
     */
    public OrganizationType type(OrganizationId id) {
        return types.get(require(id).type());
    }

    /**
     * The organizations attached at exactly this node (not below it), in the order given.
     *
     * @throws IllegalArgumentException if the jurisdiction has no such node
     */
    public List<Organization> at(NodeId node) {
        requireNode(node);
        return byNode.get(node);
    }

    /**
     * The organizations of a type, in the order given.
     *
     * @throws IllegalArgumentException if the catalogue has no such type
     */
    public List<Organization> ofType(OrganizationTypeId type) {
        requireType(type);
        return byType.get(type);
    }

    /**
     * The organizations whose parent is this one, in the order given.
     *
     * @throws IllegalArgumentException if the organization is unknown
     */
    public List<Organization> children(OrganizationId id) {
        require(id);
        return byParent.get(id);
    }

    /** The party chain the directory was built with. */
    public PartyChain partyChain() {
        return chain;
    }

    /**
     * The party body responsible for a node: walking from the node up to the root, the first organization
     * attached at a node whose type is the chain's type for that node's level. A grid without its own party
     * group answers its estate's branch or its community's committee. If several qualify at one node, the
     * first given wins.
     *
     * @return the party body, or empty if no node on the way up has one
     * @throws IllegalArgumentException if the jurisdiction has no such node
     */
    public Optional<Organization> partyBodyFor(NodeId node) {
        List<JurisdictionNode> path = jurisdiction.path(node);
        for (int i = path.size() - 1; i >= 0; i--) {
            Optional<Organization> body = partyBodyAt(path.get(i));
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    /**
     * The party bodies along the path from the root down to the node, top first; nodes on the path without
     * their own party body are skipped. This is the chain a party instruction travels down, or a report up.
     *
     * @throws IllegalArgumentException if the jurisdiction has no such node
     */
    public List<Organization> partyChain(NodeId node) {
        return jurisdiction.path(node).stream().map(this::partyBodyAt).flatMap(Optional::stream)
                .collect(ImmutableList.toImmutableList());
    }

    private Optional<Organization> partyBodyAt(JurisdictionNode n) {
        return chain.typeAt(n.level().id())
                .flatMap(type -> byNode.get(n.id()).stream().filter(o -> o.type().equals(type)).findFirst());
    }

    /** Every alliance, in the order given. */
    public Collection<Alliance> alliances() {
        return alliances.values();
    }

    /** The alliance with this id, if any. */
    public Optional<Alliance> findAlliance(AllianceId id) {
        return Optional.ofNullable(alliances.get(id));
    }

    /**
     * The alliances sitting at exactly this node, in the order given.
     *
     * @throws IllegalArgumentException if the jurisdiction has no such node
     */
    public List<Alliance> alliancesAt(NodeId node) {
        requireNode(node);
        return alliancesByNode.get(node);
    }

    /**
     * The alliances an organization leads or belongs to, in the order given.
     *
     * @throws IllegalArgumentException if the organization is unknown
     */
    public List<Alliance> alliancesOf(OrganizationId organization) {
        require(organization);
        return alliancesByOrg.get(organization);
    }

    /** Every pairing, in the order given. */
    public List<Pairing> pairings() {
        return pairings;
    }

    /**
     * The communities a unit is paired with on a day (both ends of a pairing inclusive), in the order the
     * pairings were given, without repeats.
     *
     * @throws IllegalArgumentException if the organization is unknown
     */
    public List<NodeId> pairedCommunities(OrganizationId unit, LocalDate day) {
        require(unit);
        return pairingsByUnit.get(unit).stream().filter(p -> p.activeOn(day)).map(Pairing::community)
                .distinct().collect(ImmutableList.toImmutableList());
    }

    /**
     * The units paired with a community on a day (both ends inclusive), in the order the pairings were given,
     * without repeats.
     *
     * @throws IllegalArgumentException if the jurisdiction has no such node
     */
    public List<OrganizationId> pairedUnits(NodeId community, LocalDate day) {
        requireNode(community);
        return pairingsByCommunity.get(community).stream().filter(p -> p.activeOn(day))
                .map(Pairing::unit).distinct().collect(ImmutableList.toImmutableList());
    }

    private void requireNode(NodeId node) {
        checkArgument(jurisdiction.contains(node), "unknown node '%s'", node);
    }

    @Override
    public String toString() {
        return "Organizations[" + byId.size() + " organizations, " + alliances.size() + " alliances, "
                + pairings.size() + " pairings]";
    }
}
