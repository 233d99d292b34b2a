package org.gridgov.city;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.LevelSpec;
import org.gridgov.profile.NameSpec;
import org.gridgov.profile.OrganizationSpec;
import org.gridgov.profile.OrganizationTypeSpec;
import org.gridgov.profile.PairingSpec;
import org.gridgov.profile.PersonSpec;
import org.gridgov.profile.StaffingSpec;

/**
 * Expands {@code staffing.members} into units, their party branches, their pairings with communities and the
 * in-service members who work for them ({@link StaffingSpec.Members}), appended to what the profile declares.
 * Problems are recorded at the field that causes them, and nothing is generated from a broken spec.
 */
final class MemberStaffing {
    /** A seed's scale and then some: 龙岩 reports 37,455; a province's platform would hold a few hundred thousand. */
    static final int MAX_MEMBERS = 1_000_000;
    private static final String AT = "staffing.members";

    private final LoadContext ctx;
    private final Jurisdiction tree;

    MemberStaffing(LoadContext ctx, Jurisdiction tree) {
        this.ctx = ctx;
        this.tree = tree;
    }

    /** The profile with the generated units, pairings and members appended. */
    CityProfile expand(CityProfile p, StaffingSpec.Members m, SplittableRandom names, LocalDate from) {
        Optional<List<JurisdictionNode>> places = check(p, m);
        if (places.isEmpty()) {
            return p;
        }
        List<JurisdictionNode> communities = places.get();
        String at = m.at() == null ? tree.root().id().value() : m.at();
        List<OrganizationSpec> organizations = new ArrayList<>(p.organizations());
        List<PairingSpec> pairings = new ArrayList<>(p.pairings());
        for (int u = 1; u <= m.units(); u++) {
            String unit = unitId(u);
            String number = String.format("%03d", u);
            organizations.add(new OrganizationSpec(unit, m.unitType(), new NameSpec("驻区单位" + number, "unit " + number),
                    at, null));
            organizations.add(new OrganizationSpec(unit + "-party", m.branchType(),
                    new NameSpec("驻区单位" + number + "党支部", "unit " + number + " party branch"), at, null));
            pairings.add(new PairingSpec(unit, communities.get((u - 1) % communities.size()).id().value(), from, null));
        }
        List<PersonSpec> people = new ArrayList<>(p.people());
        SplittableRandom where = names.split();
        double elsewhere = m.elsewhere() == null ? 0 : m.elsewhere();
        for (int i = 1; i <= m.count(); i++) {
            String unit = unitId(1 + where.nextInt(m.units()));
            String home = where.nextDouble() < elsewhere ? null
                    : homeIn(communities.get(where.nextInt(communities.size())), where).value();
            people.add(new PersonSpec(String.format("gen-member-%06d", i), StaffingLoader.name(names),
                    List.of("resident", "party_member"), null, null, home, unit,
                    new PersonSpec.PartySpec(unit + "-party", true), List.of()));
        }
        return p.withDirectory(organizations, pairings, people, p.assignments());
    }

    private static String unitId(int u) {
        return String.format("gen-unit-%04d", u);
    }

    /** A grid of the community chosen evenly, or the community itself when it has none. */
    private NodeId homeIn(JurisdictionNode community, SplittableRandom r) {
        List<JurisdictionNode> grids = tree.children(community.id()).stream()
                .filter(n -> n.level().kind() == LevelKind.GRID).toList();
        return grids.isEmpty() ? community.id() : grids.get(r.nextInt(grids.size())).id();
    }

    /** The communities taking part, urban first; empty after recording the spec's problems. */
    private Optional<List<JurisdictionNode>> check(CityProfile p, StaffingSpec.Members m) {
        boolean ok = ctx.required(m.count(), AT + ".count") & ctx.required(m.units(), AT + ".units")
                & ctx.required(m.unitType(), AT + ".unitType") & ctx.required(m.branchType(), AT + ".branchType");
        if (!ok) {
            return Optional.empty();
        }
        if (m.count() < 1 || m.count() > MAX_MEMBERS) {
            ok = problem("count", "党员人数须在 1 到 " + MAX_MEMBERS + " 之间", "count must be from 1 to " + MAX_MEMBERS);
        }
        if (m.units() < 1 || m.units() > m.count()) {
            ok = problem("units", "单位数须在 1 到党员人数之间", "units must be from 1 to count");
        }
        if (m.elsewhere() != null && !(m.elsewhere() >= 0 && m.elsewhere() <= 1)) {
            ok = problem("elsewhere", "elsewhere 是比例, 须在 0 到 1 之间", "elsewhere is a share from 0 to 1");
        }
        ok &= type(p, m.unitType(), "unitType", false) & type(p, m.branchType(), "branchType", true);
        ok &= node(m.at(), "at") & node(m.area(), "area");
        if (!ok) {
            return Optional.empty();
        }
        List<JurisdictionNode> all = communities(p, m.area() == null ? tree.root().id() : new NodeId(m.area()));
        int n = m.communities() == null ? all.size() : m.communities();
        if (all.isEmpty() || n < 1 || n > all.size()) {
            problem("communities", "参与的社区数须在 1 到该区域的社区数 (" + all.size() + ") 之间",
                    "communities must be from 1 to the area's " + all.size() + " communities");
            return Optional.empty();
        }
        return Optional.of(all.subList(0, n));
    }

    private List<JurisdictionNode> communities(CityProfile p, NodeId area) {
        Optional<String> level = p.levels().stream().filter(l -> "administrative".equals(l.kind()))
                .map(LevelSpec::id).reduce((a, b) -> b);
        if (level.isEmpty()) {
            return List.of();
        }
        // Urban communities (社区) before villages, each in the tree's order: the seeds' members live in towns.
        return tree.atLevel(area, new LevelId(level.get())).stream()
                .sorted(Comparator.comparing((JurisdictionNode n) -> "village".equals(n.kind()))).toList();
    }

    private boolean type(CityProfile p, String id, String field, boolean party) {
        Optional<OrganizationTypeSpec> t = p.organizationTypes().stream().filter(x -> id.equals(x.id())).findFirst();
        if (t.isEmpty()) {
            return problem(field, "组织类型 " + id + " 不在 organizationTypes 中",
                    "organization type " + id + " is not among the organizationTypes");
        }
        if (party && !Boolean.TRUE.equals(t.get().party())) {
            return problem(field, "党支部的组织类型 " + id + " 须是党组织 (party: true)",
                    "the branches' type " + id + " must be a party type (party: true)");
        }
        return true;
    }

    private boolean node(String id, String field) {
        if (id != null && !tree.contains(new NodeId(id))) {
            return problem(field, "辖区中没有节点 " + id, "the jurisdiction has no node " + id);
        }
        return true;
    }

    private boolean problem(String field, String zh, String en) {
        ctx.problem(AT + "." + field, zh, en);
        return false;
    }
}
