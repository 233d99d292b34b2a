package org.gridgov.city;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.profile.AssignmentSpec;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.NameSpec;
import org.gridgov.profile.OrganizationSpec;
import org.gridgov.profile.PersonSpec;
import org.gridgov.profile.RoleTypeSpec;
import org.gridgov.profile.StaffingSpec;

/**
 * Expands a profile's {@code staffing} section into organizations, people and assignments (and, for
 * {@code members}, pairings: {@link MemberStaffing}) appended to the declared ones, so that the rest of loading
 * treats them alike. Generated ids start with {@code gen-}; names
 * are fictional and fixed by the seed.
 */
final class StaffingLoader {
    private static final LocalDate DEFAULT_FROM = LocalDate.of(2000, 1, 1);
    // Common surnames and given-name characters: the names look real and are nobody in particular.
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红建国志春晓海波亮宁";

    private final LoadContext ctx;
    private final CityProfile p;
    private final Jurisdiction tree;

    StaffingLoader(LoadContext ctx, CityProfile p, Jurisdiction tree) {
        this.ctx = ctx;
        this.p = p;
        this.tree = tree;
    }

    /** The profile with the generated staff appended; the profile itself when it has no staffing section. */
    CityProfile expand() {
        StaffingSpec s = p.staffing();
        if (s == null) {
            return p;
        }
        SplittableRandom names = new SplittableRandom(s.seed() == null ? 0 : s.seed());
        LocalDate from = s.from() == null ? DEFAULT_FROM : s.from();
        List<OrganizationSpec> organizations = new ArrayList<>(p.organizations());
        Set<String> typeAt = new HashSet<>();
        organizations.forEach(o -> typeAt.add(o.type() + "@" + o.node()));
        Set<String> types = new HashSet<>();
        p.organizationTypes().forEach(t -> types.add(t.id()));
        for (int i = 0; i < s.teams().size(); i++) {
            StaffingSpec.Team t = s.teams().get(i);
            String at = "staffing.teams[" + i + "]";
            if (t == null || !(ctx.required(t.type(), at + ".type") & ctx.required(t.per(), at + ".per")
                    & ctx.required(t.name(), at + ".name"))) {
                continue;
            }
            if (!types.contains(t.type())) {
                ctx.problem(at + ".type", "组织类型 " + t.type() + " 不在 organizationTypes 中",
                        "organization type " + t.type() + " is not among the organizationTypes");
                continue;
            }
            for (JurisdictionNode n : nodesAt(t.per(), at + ".per")) {
                if ((t.kinds().isEmpty() || t.kinds().contains(n.kind())) && typeAt.add(t.type() + "@" + n.id().value())) {
                    organizations.add(new OrganizationSpec("gen-" + t.type() + "-" + n.id().value(), t.type(),
                            new NameSpec(fill(t.name().zh(), n.name().zh()), fill(t.name().en(), n.name().en())),
                            n.id().value(), null));
                }
            }
        }
        List<PersonSpec> people = new ArrayList<>(p.people());
        List<AssignmentSpec> assignments = new ArrayList<>(p.assignments());
        Set<String> filled = new HashSet<>();
        assignments.stream().filter(a -> a.post() == null || a.post().equals("primary"))
                .forEach(a -> filled.add(a.role() + "@" + (a.organization() != null ? a.organization() : a.node())));
        Set<String> roles = new HashSet<>();
        p.roleTypes().stream().map(RoleTypeSpec::id).forEach(roles::add);
        for (int i = 0; i < s.posts().size(); i++) {
            StaffingSpec.Post post = s.posts().get(i);
            String at = "staffing.posts[" + i + "]";
            if (post == null || !ctx.required(post.role(), at + ".role")) {
                continue;
            }
            if (!roles.contains(post.role())) {
                ctx.problem(at + ".role", "角色 " + post.role() + " 不在 roleTypes 中",
                        "role " + post.role() + " is not among the roleTypes");
                continue;
            }
            if ((post.per() == null) == (post.organizationType() == null)) {
                ctx.problem(at, "岗位需要 per（层级）或 organizationType（组织类型）之一",
                        "a post needs exactly one of 'per' (a level) and 'organizationType'");
                continue;
            }
            List<String[]> targets = new ArrayList<>(); // {node, organization}
            if (post.per() != null) {
                nodesAt(post.per(), at + ".per").forEach(n -> targets.add(new String[] {n.id().value(), null}));
            } else {
                organizations.stream().filter(o -> post.organizationType().equals(o.type()))
                        .forEach(o -> targets.add(new String[] {null, o.id()}));
            }
            List<String> kinds = post.kinds().isEmpty() ? List.of("cadre") : post.kinds();
            if (kinds.stream().anyMatch(k -> k.equalsIgnoreCase("party_member"))) {
                // A party member needs a branch, which a generated person cannot be given.
                ctx.problem(at + ".kinds", "生成的人员不能标为党员 (party_member): 党员须有所在党组织, 请在 people 中逐一填写",
                        "generated people cannot be party members: a member needs a branch; declare them in people");
                continue;
            }
            boolean backup = Boolean.TRUE.equals(post.backup());
            for (String[] target : targets) {
                String where = target[1] != null ? target[1] : target[0];
                if (!filled.add(post.role() + "@" + where)) {
                    continue;
                }
                for (String postName : backup ? List.of("primary", "backup") : List.of("primary")) {
                    String id = "gen-" + post.role() + "-" + where + (postName.equals("primary") ? "-a" : "-b");
                    people.add(new PersonSpec(id, name(names), kinds, null, null, null, target[1], null, List.of()));
                    assignments.add(new AssignmentSpec(id, post.role(), target[0], target[1], postName, from, null));
                }
            }
        }
        CityProfile staffed = p.withDirectory(organizations, p.pairings(), people, assignments);
        return s.members() == null ? staffed : new MemberStaffing(ctx, tree).expand(staffed, s.members(), names, from);
    }

    private List<JurisdictionNode> nodesAt(String level, String path) {
        LevelId id = new LevelId(level);
        if (tree.levels().find(id).isEmpty()) {
            ctx.problem(path, "层级 " + level + " 不在 levels 中", "level " + level + " is not among the levels");
            return List.of();
        }
        return tree.atLevel(tree.root().id(), id);
    }

    private static String fill(String template, String node) {
        return template.replace("{node}", node);
    }

    static String name(SplittableRandom r) {
        StringBuilder b = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
        int given = r.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return b.toString();
    }
}
