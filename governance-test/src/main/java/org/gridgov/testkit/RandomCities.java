package org.gridgov.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.gridgov.city.City;
import org.gridgov.city.CityLoader;
import org.gridgov.document.DocumentException;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.profile.AssignmentSpec;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.JurisdictionSpec;
import org.gridgov.profile.LevelSpec;
import org.gridgov.profile.NameSpec;
import org.gridgov.profile.NodeSpecEntry;
import org.gridgov.profile.OrganizationSpec;
import org.gridgov.profile.PersonSpec;
import org.gridgov.profile.ProfileReader;
import org.gridgov.profile.RoleTypeSpec;

/**
 * Random cities over a template city's catalogues: a random jurisdiction tree on the template's levels (now and
 * then a level skipped, as real cities do), at each node a random subset of the organization types the template
 * has at that level, and a roster: every node where the template has a node role gets a primary holder and, half
 * the time, a backup (A/B岗).
 *
 * <p>Deterministic: the same template, seed and breadth give the same city.
 */
public final class RandomCities {
    private static final LocalDate ROSTER_FROM = LocalDate.of(2000, 1, 1);

    private RandomCities() {
    }

    /**
     * Generates a city.
     *
     * @param template whose levels, layers, organization and role types, categories and channels are used
     * @param seed     the random seed
     * @param breadth  at most this many children per node, at least 1
     * @return a loaded, valid city
     * @throws IllegalArgumentException if breadth is below 1
     * @throws IllegalStateException    if the template's catalogues cannot make a valid city (a bug in the
     *                                  template, reported with the loader's problems)
     */
    public static City generate(City template, long seed, int breadth) {
        if (breadth < 1) {
            throw new IllegalArgumentException("breadth must be at least 1, was " + breadth);
        }
        CityProfile base = template.profile();
        Generation g = new Generation(template, new Random(seed), breadth);
        String root = template.jurisdiction().root().id().value();
        g.nodes.add(new NodeSpecEntry(root, null, base.levels().get(0).id(), NameSpec.of("市" + root), null, null,
                null, null));
        g.staff(root, base.levels().get(0).id());
        g.grow(root, 1);
        CityProfile profile = new CityProfile(null, template.id() + "-random", base.name(), base.zone(),
                base.levels(), base.layers(), new JurisdictionSpec(null, null, g.nodes, java.util.List.of()), base.roleTypes(),
                base.organizationTypes(), base.partyChain(), base.categories(), base.channels(), g.orgs, List.of(),
                List.of(), g.people, g.assignments, List.of(), List.of(), null, List.of());
        try {
            return CityLoader.load(ProfileReader.read("random-city.yaml", ProfileReader.write("random-city.yaml",
                    profile)), name -> {
                        throw new java.io.IOException("a generated city has no companion files: " + name);
                    });
        } catch (DocumentException e) {
            throw new IllegalStateException("the template " + template.id() + " gives no valid random city: "
                    + e.getMessage(), e);
        }
    }

    /** The mutable state of one generation. */
    private static final class Generation {
        final Random random;
        final int breadth;
        final List<String> levels = new ArrayList<>();
        final Map<String, Set<String>> orgTypesByLevel = new HashMap<>();
        final Map<String, List<String>> nodeRolesByLevel = new HashMap<>();
        final List<NodeSpecEntry> nodes = new ArrayList<>();
        final List<OrganizationSpec> orgs = new ArrayList<>();
        final List<PersonSpec> people = new ArrayList<>();
        final List<AssignmentSpec> assignments = new ArrayList<>();

        Generation(City template, Random random, int breadth) {
            this.random = random;
            this.breadth = breadth;
            template.profile().levels().stream().map(LevelSpec::id).forEach(levels::add);
            for (OrganizationSpec o : template.profile().organizations()) {
                if (o.node() != null && template.jurisdiction().contains(new NodeId(o.node()))) {
                    String level = template.jurisdiction().node(new NodeId(o.node())).level().id().value();
                    orgTypesByLevel.computeIfAbsent(level, k -> new LinkedHashSet<>()).add(o.type());
                }
            }
            for (RoleTypeSpec r : template.profile().roleTypes()) {
                if ("node".equals(r.scope()) && r.level() != null) {
                    nodeRolesByLevel.computeIfAbsent(r.level(), k -> new ArrayList<>()).add(r.id());
                }
            }
        }

        void grow(String parent, int depth) {
            if (depth >= levels.size()) {
                return;
            }
            int children = 1 + random.nextInt(breadth);
            for (int i = 0; i < children; i++) {
                // Now and then a level is skipped: a grid directly under a street, a building under a community.
                int level = depth + (depth >= 2 && depth + 1 < levels.size() && random.nextInt(6) == 0 ? 1 : 0);
                String id = parent + "." + i;
                nodes.add(new NodeSpecEntry(id, parent, levels.get(level), NameSpec.of(levels.get(level) + id), null,
                        null, null, null));
                staff(id, levels.get(level));
                grow(id, level + 1);
            }
        }

        void staff(String node, String level) {
            for (String type : orgTypesByLevel.getOrDefault(level, Set.of())) {
                if (random.nextInt(3) > 0) {
                    orgs.add(new OrganizationSpec(node + ":" + type, type, NameSpec.of(type + node), node, null));
                }
            }
            for (String role : nodeRolesByLevel.getOrDefault(level, List.of())) {
                hold("p-" + role + "-" + node, role, node, "primary");
                if (random.nextBoolean()) {
                    hold("q-" + role + "-" + node, role, node, "backup");
                }
            }
        }

        void hold(String person, String role, String node, String post) {
            people.add(new PersonSpec(person, "网格员" + people.size(), List.of("grid_worker"), null, null, null, null,
                    null, null));
            assignments.add(new AssignmentSpec(person, role, node, null, post, ROSTER_FROM, null));
        }
    }
}
