package org.gridgov.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A city profile as written in its file: the city's levels, catalogues (layers, role types, organization
 * types, categories, channels), where its jurisdiction comes from, and its organizations, people and
 * assignments. Read and write it with {@link ProfileReader}; turn it into a working model with
 * {@link org.gridgov.city.CityLoader}.
 *
 * <p>A value: read → write → read gives an equal profile. Absent lists read as empty lists.
 *
 * @param schema            optional JSON Schema reference for editors ({@code $schema})
 * @param id                the city's id, e.g. {@code jilin}
 * @param name              display name
 * @param zone              time zone id; default {@code Asia/Shanghai}
 * @param levels            the levels, top first
 * @param layers            grid layers (多网合一)
 * @param jurisdiction      where the tree comes from
 * @param roleTypes         the role catalogue
 * @param organizationTypes the organization catalogue
 * @param partyChain        for each level id, the party organization type mirroring it
 * @param categories        issue categories
 * @param channels          intake channels
 * @param organizations     organizations
 * @param alliances         alliances
 * @param pairings          unit–community pairings
 * @param people            people
 * @param assignments       role assignments
 * @param absences          recorded absences
 * @param calendars         local calendars: holidays, working days and working hours of the city or a district
 * @param staffing          teams and posts generated where the documents give only counts; absent for none
 * @param bodies            deliberating bodies (五方共议, 小板凳, 联席会议)
 */
@JsonPropertyOrder({"$schema", "id", "name", "zone", "levels", "layers", "jurisdiction", "roleTypes",
        "organizationTypes", "partyChain", "categories", "channels", "organizations", "alliances", "pairings",
        "people", "assignments", "absences", "calendars", "staffing", "bodies"})
public record CityProfile(
        @JsonProperty("$schema") String schema,
        String id,
        NameSpec name,
        String zone,
        List<LevelSpec> levels,
        List<CatalogEntrySpec> layers,
        JurisdictionSpec jurisdiction,
        List<RoleTypeSpec> roleTypes,
        List<OrganizationTypeSpec> organizationTypes,
        Map<String, String> partyChain,
        List<CategorySpec> categories,
        List<CatalogEntrySpec> channels,
        List<OrganizationSpec> organizations,
        List<AllianceSpec> alliances,
        List<PairingSpec> pairings,
        List<PersonSpec> people,
        List<AssignmentSpec> assignments,
        List<AbsenceSpec> absences,
        List<CalendarSpec> calendars,
        StaffingSpec staffing,
        List<BodySpec> bodies) {

    public CityProfile {
        levels = list(levels);
        layers = list(layers);
        roleTypes = list(roleTypes);
        organizationTypes = list(organizationTypes);
        partyChain = partyChain == null ? Map.of() : java.util.Collections.unmodifiableMap(
                new java.util.LinkedHashMap<>(partyChain));
        categories = list(categories);
        channels = list(channels);
        organizations = list(organizations);
        alliances = list(alliances);
        pairings = list(pairings);
        people = list(people);
        assignments = list(assignments);
        absences = list(absences);
        calendars = list(calendars);
        bodies = list(bodies);
    }

    /** This profile with other organizations, pairings, people and assignments (a loader's generated ones added). */
    public CityProfile withDirectory(List<OrganizationSpec> organizations, List<PairingSpec> pairings,
                                     List<PersonSpec> people, List<AssignmentSpec> assignments) {
        return new CityProfile(schema, id, name, zone, levels, layers, jurisdiction, roleTypes, organizationTypes,
                partyChain, categories, channels, organizations, alliances, pairings, people, assignments, absences,
                calendars, staffing, bodies);
    }

    /** This profile with another staffing section; absent for none. */
    public CityProfile withStaffing(StaffingSpec staffing) {
        return new CityProfile(schema, id, name, zone, levels, layers, jurisdiction, roleTypes, organizationTypes,
                partyChain, categories, channels, organizations, alliances, pairings, people, assignments, absences,
                calendars, staffing, bodies);
    }

    /** This profile with generated members (keeping the rest of its staffing section). */
    public CityProfile withMembers(StaffingSpec.Members members) {
        StaffingSpec s = staffing == null ? new StaffingSpec(null, null, null, null, null) : staffing;
        return withStaffing(new StaffingSpec(s.seed(), s.from(), s.teams(), s.posts(), members));
    }

    private static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(in));
    }
}
