package org.gridgov.city;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.Alliance;
import org.gridgov.organization.AllianceId;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;
import org.gridgov.organization.OrganizationType;
import org.gridgov.organization.OrganizationTypeId;
import org.gridgov.organization.Organizations;
import org.gridgov.organization.OrganizationsBuilder;
import org.gridgov.organization.Pairing;
import org.gridgov.organization.PartyChain;
import org.gridgov.people.IdNumber;
import org.gridgov.people.KeyGroup;
import org.gridgov.people.PartyMembership;
import org.gridgov.people.People;
import org.gridgov.people.PeopleBuilder;
import org.gridgov.people.Person;
import org.gridgov.people.PersonId;
import org.gridgov.people.PersonKind;
import org.gridgov.people.PhoneNumber;
import org.gridgov.profile.AllianceSpec;
import org.gridgov.profile.AssignmentSpec;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.OrganizationSpec;
import org.gridgov.profile.OrganizationTypeSpec;
import org.gridgov.profile.PersonSpec;
import org.gridgov.profile.RoleTypeSpec;
import org.gridgov.role.Absence;
import org.gridgov.role.Assignment;
import org.gridgov.role.Post;
import org.gridgov.role.RoleScope;
import org.gridgov.role.RoleTarget;
import org.gridgov.role.RoleType;
import org.gridgov.role.RoleTypeId;
import org.gridgov.role.Roster;
import org.gridgov.role.RosterBuilder;
import org.gridgov.validation.InvalidModelException;
import org.gridgov.validation.Problem;

/** Organizations, people and the roster of a profile, with builder problems mapped back to entries. */
final class DirectoryLoader {
    private final LoadContext ctx;
    private final CityProfile p;

    /** @param p the profile as read, with any generated staff appended */
    DirectoryLoader(LoadContext ctx, CityProfile p) {
        this.ctx = ctx;
        this.p = p;
    }

    Organizations organizations(Jurisdiction tree) {
        OrganizationsBuilder b = Organizations.builder(tree);
        each(p.organizationTypes(), "organizationTypes", (t, at) -> ctx.required(t.id(), at + ".id")
                & ctx.required(t.name(), at + ".name") ? new OrganizationType(new OrganizationTypeId(t.id()),
                t.name().toBilingual(), t.party()) : null, b::type);
        each(p.organizations(), "organizations", (o, at) -> ctx.required(o.id(), at + ".id")
                & ctx.required(o.type(), at + ".type") & ctx.required(o.name(), at + ".name")
                & ctx.required(o.node(), at + ".node") ? new Organization(new OrganizationId(o.id()),
                new OrganizationTypeId(o.type()), o.name().toBilingual(), new NodeId(o.node()),
                Optional.ofNullable(o.parent()).map(OrganizationId::new)) : null, b::add);
        each(p.alliances(), "alliances", (a, at) -> ctx.required(a.id(), at + ".id")
                & ctx.required(a.name(), at + ".name") & ctx.required(a.node(), at + ".node")
                & ctx.required(a.lead(), at + ".lead") ? new Alliance(new AllianceId(a.id()), a.name().toBilingual(),
                new NodeId(a.node()), new OrganizationId(a.lead()),
                set(a.members(), OrganizationId::new)) : null, b::alliance);
        each(p.pairings(), "pairings", (x, at) -> ctx.required(x.unit(), at + ".unit")
                & ctx.required(x.community(), at + ".community") & ctx.required(x.from(), at + ".from")
                ? new Pairing(new OrganizationId(x.unit()), new NodeId(x.community()), x.from(),
                Optional.ofNullable(x.until())) : null, b::pairing);
        Map<LevelId, OrganizationTypeId> chain = new LinkedHashMap<>();
        p.partyChain().forEach((level, type) -> chain.put(new LevelId(level), new OrganizationTypeId(type)));
        b.partyChain(PartyChain.of(chain));
        return build(b::build, Map.of(
                "organization-type", byId(p.organizationTypes(), OrganizationTypeSpec::id, "organizationTypes"),
                "organization", byId(p.organizations(), OrganizationSpec::id, "organizations"),
                "alliance", byId(p.alliances(), AllianceSpec::id, "alliances"),
                "pairing", byPosition(p.pairings(), "pairings"),
                "party-chain", problem -> Optional.of("partyChain." + problem.id())), "organizations");
    }

    People people(Jurisdiction tree, Organizations organizations) {
        PeopleBuilder b = People.builder(tree, organizations);
        each(p.people(), "people", this::person, b::add);
        return build(b::build, Map.of("person", byId(p.people(), PersonSpec::id, "people")), "people");
    }

    private Person person(PersonSpec s, String at) {
        if (!(ctx.required(s.id(), at + ".id") & ctx.required(s.name(), at + ".name"))) {
            return null;
        }
        Set<PersonKind> kinds = EnumSet.noneOf(PersonKind.class);
        for (int i = 0; i < s.kinds().size(); i++) {
            Optional.ofNullable(ctx.parse(PersonKind.class, s.kinds().get(i), at + ".kinds[" + i + "]")).ifPresent(kinds::add);
        }
        Set<KeyGroup> groups = EnumSet.noneOf(KeyGroup.class);
        for (int i = 0; i < s.keyGroups().size(); i++) {
            Optional.ofNullable(ctx.parse(KeyGroup.class, s.keyGroups().get(i), at + ".keyGroups[" + i + "]"))
                    .ifPresent(groups::add);
        }
        Optional<PhoneNumber> phone = personal(s.phone(), PhoneNumber::new, at + ".phone", "电话号码", "phone number");
        Optional<IdNumber> id = personal(s.idNumber(), IdNumber::new, at + ".idNumber", "身份证号", "ID number");
        Optional<PartyMembership> party = Optional.empty();
        if (s.party() != null && ctx.required(s.party().branch(), at + ".party.branch")) {
            party = Optional.of(new PartyMembership(new OrganizationId(s.party().branch()), s.party().inService()));
        }
        return new Person(new PersonId(s.id()), s.name(), kinds, phone, id,
                Optional.ofNullable(s.residence()).map(NodeId::new),
                Optional.ofNullable(s.employer()).map(OrganizationId::new), party, groups);
    }

    /** Parses personal data without ever repeating the rejected value in a message. */
    private <T> Optional<T> personal(String value, Function<String, T> parse, String at, String zh, String en) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value));
        } catch (IllegalArgumentException e) {
            ctx.problem(at, zh + "格式无效", "not a valid " + en);
            return Optional.empty();
        }
    }

    Roster roster(ZoneId zone, Jurisdiction tree, Organizations organizations, People people) {
        RosterBuilder b = Roster.builder(zone, tree, organizations, people);
        each(p.roleTypes(), "roleTypes", (r, at) -> {
            if (!(ctx.required(r.id(), at + ".id") & ctx.required(r.name(), at + ".name")
                    & ctx.required(r.scope(), at + ".scope"))) {
                return null;
            }
            RoleScope scope = ctx.parse(RoleScope.class, r.scope(), at + ".scope");
            return scope == null ? null : new RoleType(new RoleTypeId(r.id()), r.name().toBilingual(), scope,
                    Optional.ofNullable(r.level()).map(LevelId::new));
        }, b::roleType);
        each(p.assignments(), "assignments", this::assignment, b::assign);
        each(p.absences(), "absences", (a, at) -> ctx.required(a.person(), at + ".person")
                & ctx.required(a.from(), at + ".from") & ctx.required(a.until(), at + ".until")
                ? new Absence(new PersonId(a.person()), a.from().toInstant(), a.until().toInstant(),
                a.reason() == null ? "" : a.reason()) : null, b::absence);
        return build(b::build, Map.of(
                "role-type", byId(p.roleTypes(), RoleTypeSpec::id, "roleTypes"),
                "assignment", byPosition(p.assignments(), "assignments"),
                "absence", byPosition(p.absences(), "absences")), "assignments");
    }

    private Assignment assignment(AssignmentSpec a, String at) {
        if (!(ctx.required(a.person(), at + ".person") & ctx.required(a.role(), at + ".role")
                & ctx.required(a.from(), at + ".from"))) {
            return null;
        }
        if ((a.node() == null) == (a.organization() == null)) {
            ctx.problem(at, "指派须给出 node 或 organization 之一", "an assignment names exactly one of node or organization");
            return null;
        }
        Post post = a.post() == null ? Post.PRIMARY : ctx.parse(Post.class, a.post(), at + ".post");
        if (post == null) {
            return null;
        }
        RoleTarget target = a.node() != null ? RoleTarget.at(new NodeId(a.node()))
                : RoleTarget.in(new OrganizationId(a.organization()));
        return new Assignment(new PersonId(a.person()), new RoleTypeId(a.role()), target, post, a.from(),
                Optional.ofNullable(a.until()));
    }

    /** Converts each entry; a null entry or a value its constructor refuses is reported at its path. */
    private <S, T> void each(List<S> specs, String list, Convert<S, T> convert, java.util.function.Consumer<T> sink) {
        for (int i = 0; i < specs.size(); i++) {
            String at = list + "[" + i + "]";
            S spec = specs.get(i);
            if (spec == null) {
                ctx.problem(at, "空条目", "empty entry");
                continue;
            }
            try {
                T value = convert.apply(spec, at);
                if (value != null) {
                    sink.accept(value);
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                ctx.problem(at, "条目无效: " + e.getMessage(), "invalid entry: " + e.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface Convert<S, T> {
        T apply(S spec, String path);
    }

    private <T> T build(Supplier<T> build, Map<String, Function<Problem, Optional<String>>> paths, String fallback) {
        if (ctx.hasProblems()) {
            return null;
        }
        try {
            return build.get();
        } catch (InvalidModelException e) {
            ctx.report(e, problem -> paths.getOrDefault(problem.kind(), x -> Optional.empty()).apply(problem)
, fallback);
            return null;
        }
    }

    private static <T> Function<Problem, Optional<String>> byId(List<T> specs, Function<T, String> id, String list) {
        Map<String, String> index = LoadContext.index(specs, id, list);
        return problem -> Optional.ofNullable(index.get(problem.id()));
    }

    /** Elements without ids are named {@code #n}, 1-based, by the builders. */
    private static Function<Problem, Optional<String>> byPosition(List<?> specs, String list) {
        return problem -> {
            if (!problem.id().startsWith("#")) {
                return Optional.empty();
            }
            int n = Integer.parseInt(problem.id().substring(1));
            return n >= 1 && n <= specs.size() ? Optional.of(list + "[" + (n - 1) + "]") : Optional.empty();
        };
    }

    private static <T> Set<T> set(List<String> ids, Function<String, T> make) {
        Set<T> out = new LinkedHashSet<>();
        ids.forEach(id -> out.add(make.apply(id)));
        return out;
    }
}
