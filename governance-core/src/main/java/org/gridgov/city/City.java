package org.gridgov.city;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridgov.category.CategoryTree;
import org.gridgov.deliberation.Bodies;
import org.gridgov.division.DivisionData;
import org.gridgov.geo.GridAreas;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.Channel;
import org.gridgov.issue.ChannelId;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Organizations;
import org.gridgov.people.People;
import org.gridgov.profile.CityProfile;
import org.gridgov.role.Roster;
import org.gridgov.time.JurisdictionCalendars;
import org.gridgov.time.WorkCalendar;

/**
 * A city ready to work with: its profile turned into a validated model. Immutable and safe to share.
 * Made by {@link CityLoader}.
 */
public final class City {
    private final CityProfile profile;
    private final ZoneId zone;
    private final Jurisdiction jurisdiction;
    private final CategoryTree categories;
    private final ImmutableMap<ChannelId, Channel> channels;
    private final Organizations organizations;
    private final People people;
    private final Roster roster;
    private final JurisdictionCalendars calendars;
    private final DivisionData divisions;
    private final Bodies bodies;
    private final GridAreas areas;

    City(CityProfile profile, ZoneId zone, Jurisdiction jurisdiction, CategoryTree categories, List<Channel> channels,
         Organizations organizations, People people, Roster roster, JurisdictionCalendars calendars,
         DivisionData divisions, Bodies bodies, GridAreas areas) {
        this.profile = Objects.requireNonNull(profile);
        this.zone = Objects.requireNonNull(zone);
        this.jurisdiction = Objects.requireNonNull(jurisdiction);
        this.categories = Objects.requireNonNull(categories);
        this.channels = Maps.uniqueIndex(channels, Channel::id);
        this.organizations = Objects.requireNonNull(organizations);
        this.people = Objects.requireNonNull(people);
        this.roster = Objects.requireNonNull(roster);
        this.calendars = Objects.requireNonNull(calendars);
        this.divisions = divisions;
        this.bodies = Objects.requireNonNull(bodies);
        this.areas = Objects.requireNonNull(areas);
    }

    /** The areas the profile draws for its nodes on the map; none when it draws none. */
    public GridAreas areas() {
        return areas;
    }

    /** The deliberating bodies (五方共议会, 小板凳议事会, 联席会议), in the order the profile declares them. */
    public Bodies bodies() {
        return bodies;
    }

    /** The city's id as a key, e.g. of its active pack. */
    public CityId cityId() {
        return new CityId(id());
    }

    /** The city's id, e.g. {@code jilin}. */
    public String id() {
        return profile.id();
    }

    /** The city's display name. */
    public Bilingual name() {
        return profile.name().toBilingual();
    }

    /** The time zone in which the city's dates and working hours are counted. */
    public ZoneId zone() {
        return zone;
    }

    /** The jurisdiction tree. */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** The issue categories. */
    public CategoryTree categories() {
        return categories;
    }

    /** The intake channels, in profile order. */
    public List<Channel> channels() {
        return channels.values().asList();
    }

    /** The channel with this id, if the city has it. */
    public Optional<Channel> channel(ChannelId id) {
        return Optional.ofNullable(channels.get(id));
    }

    /** The organizations, alliances, pairings and party chain. */
    public Organizations organizations() {
        return organizations;
    }

    /** The people. */
    public People people() {
        return people;
    }

    /** Who holds which role where, with A/B backups and absences. */
    public Roster roster() {
        return roster;
    }

    /** The work calendars of the city's nodes: the national calendar with the profile's local changes. */
    public JurisdictionCalendars calendars() {
        return calendars;
    }

    /**
     * The calendar that counts working time at a node.
     *
     * @throws IllegalArgumentException if the node is unknown
     */
    public WorkCalendar calendarFor(NodeId node) {
        return calendars.forNode(node);
    }

    /** The division file the tree was built from, with its source and licence; empty if none. */
    public Optional<DivisionData> divisions() {
        return Optional.ofNullable(divisions);
    }

    /** The profile this city was loaded from. */
    public CityProfile profile() {
        return profile;
    }

    @Override
    public String toString() {
        return "City[" + profile.id() + " " + name() + ", " + jurisdiction.size() + " nodes]";
    }
}
