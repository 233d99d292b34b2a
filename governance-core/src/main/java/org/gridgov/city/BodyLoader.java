package org.gridgov.city;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridgov.deliberation.Bodies;
import org.gridgov.deliberation.Body;
import org.gridgov.deliberation.BodyId;
import org.gridgov.deliberation.BodyKind;
import org.gridgov.deliberation.Cadence;
import org.gridgov.deliberation.MajorityRule;
import org.gridgov.deliberation.QuorumRule;
import org.gridgov.deliberation.Seat;
import org.gridgov.deliberation.Threshold;
import org.gridgov.deliberation.VotingMode;
import org.gridgov.jurisdiction.Jurisdiction;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.organization.OrganizationTypeId;
import org.gridgov.organization.Organizations;
import org.gridgov.profile.BodySpec;
import org.gridgov.profile.CityProfile;
import org.gridgov.role.RoleTypeId;

/** Reads a profile's deliberating bodies, each problem at its field. */
final class BodyLoader {
    private final LoadContext ctx;
    private final CityProfile p;
    private final Set<String> orgTypes;
    private final Set<String> roleTypes;

    BodyLoader(LoadContext ctx, CityProfile p) {
        this.ctx = ctx;
        this.p = p;
        this.orgTypes = p.organizationTypes().stream().map(t -> t.id()).collect(Collectors.toSet());
        this.roleTypes = p.roleTypes().stream().map(t -> t.id()).collect(Collectors.toSet());
    }

    Bodies bodies(Jurisdiction tree, Organizations organizations) {
        List<Body> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < p.bodies().size(); i++) {
            String at = "bodies[" + i + "]";
            BodySpec b = p.bodies().get(i);
            if (b == null) {
                ctx.problem(at, "空的议事机构条目", "empty body entry");
                continue;
            }
            if (b.id() != null && !ids.add(b.id())) {
                ctx.problem(at + ".id", "议事机构编号重复: " + b.id(), "body id used twice: " + b.id());
                continue;
            }
            body(b, at, tree, organizations).ifPresent(out::add);
        }
        return Bodies.of(out);
    }

    private Optional<Body> body(BodySpec b, String at, Jurisdiction tree, Organizations organizations) {
        boolean ok = ctx.required(b.id(), at + ".id") & ctx.required(b.name(), at + ".name")
                & ctx.required(b.kind(), at + ".kind") & ctx.required(b.node(), at + ".node")
                & ctx.required(b.convenor(), at + ".convenor");
        if (!ok) {
            return Optional.empty();
        }
        Optional<BodyKind> kind = BodyKind.parse(b.kind());
        if (kind.isEmpty()) {
            ctx.problem(at + ".kind", "未知的议事机构类型 '" + b.kind() + "'", "unknown kind of body '" + b.kind() + "'");
        }
        boolean nodeOk = tree.find(new NodeId(b.node())).isPresent();
        if (!nodeOk) {
            ctx.problem(at + ".node", "未知的节点 '" + b.node() + "'", "unknown node '" + b.node() + "'");
        }
        boolean convenorOk = organizations.find(new OrganizationId(b.convenor())).isPresent();
        if (!convenorOk) {
            ctx.problem(at + ".convenor", "未知的组织 '" + b.convenor() + "'", "unknown organization '" + b.convenor() + "'");
        }
        List<Seat> seats = seats(b, at);
        Optional<Cadence> cadence = b.cadence() == null ? Optional.of(Cadence.MONTHLY) : Cadence.parse(b.cadence());
        if (cadence.isEmpty()) {
            ctx.problem(at + ".cadence", "无法识别的会议周期 '" + b.cadence() + "'（如 每月、每月15日、每14天、不定期）",
                    "unreadable cadence '" + b.cadence() + "' (e.g. monthly, every 14 days, as-needed)");
        }
        Optional<QuorumRule> quorum = quorum(b, at, seats);
        Optional<MajorityRule> majority = majority(b, at);
        Optional<VotingMode> voting = voting(b, at);
        if (kind.isEmpty() || !nodeOk || !convenorOk || seats.isEmpty() || cadence.isEmpty() || quorum.isEmpty()
                || majority.isEmpty() || voting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Body(new BodyId(b.id()), b.name().toBilingual(), kind.get(),
                new OrganizationId(b.convenor()), new NodeId(b.node()), seats, cadence.get(), quorum.get(),
                majority.get(), voting.get()));
    }

    private List<Seat> seats(BodySpec b, String at) {
        if (b.seats().isEmpty()) {
            ctx.problem(at + ".seats", "议事机构没有席位", "the body has no seats");
            return List.of();
        }
        List<Seat> seats = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < b.seats().size(); i++) {
            String sat = at + ".seats[" + i + "]";
            BodySpec.SeatSpec s = b.seats().get(i);
            if (s == null || !(ctx.required(s.key(), sat + ".key") & ctx.required(s.name(), sat + ".name"))) {
                ok = false;
                continue;
            }
            if (!keys.add(s.key())) {
                ctx.problem(sat + ".key", "席位重复: " + s.key(), "seat used twice: " + s.key());
                ok = false;
                continue;
            }
            ok &= holder(s, sat);
            seats.add(new Seat(s.key(), s.name().toBilingual(),
                    Optional.ofNullable(s.organizationType()).map(OrganizationTypeId::new),
                    Optional.ofNullable(s.roleType()).map(RoleTypeId::new), Boolean.TRUE.equals(s.chair())));
        }
        return ok ? seats : List.of();
    }

    private boolean holder(BodySpec.SeatSpec s, String sat) {
        if ((s.organizationType() == null) == (s.roleType() == null)) {
            ctx.problem(sat, "席位须由一种组织类型 (organizationType) 或一种角色 (roleType) 担任",
                    "a seat is held by one organization type (organizationType) or one role type (roleType)");
            return false;
        }
        if (s.organizationType() != null && !orgTypes.contains(s.organizationType())) {
            ctx.problem(sat + ".organizationType", "未知的组织类型 '" + s.organizationType() + "'",
                    "unknown organization type '" + s.organizationType() + "'");
            return false;
        }
        if (s.roleType() != null && !roleTypes.contains(s.roleType())) {
            ctx.problem(sat + ".roleType", "未知的角色类型 '" + s.roleType() + "'", "unknown role type '" + s.roleType() + "'");
            return false;
        }
        return true;
    }

    private Optional<QuorumRule> quorum(BodySpec b, String at, List<Seat> seats) {
        if (b.quorum() == null) {
            return Optional.of(QuorumRule.MORE_THAN_HALF);
        }
        Optional<Threshold> share = share(b.quorum().share(), at + ".quorum.share");
        Set<String> keys = seats.stream().map(Seat::key).collect(Collectors.toSet());
        boolean ok = true;
        for (int i = 0; i < b.quorum().required().size(); i++) {
            String r = b.quorum().required().get(i);
            if (!seats.isEmpty() && !keys.contains(r)) {
                ctx.problem(at + ".quorum.required[" + i + "]", "法定人数要求的席位 '" + r + "' 不存在",
                        "the quorum requires seat '" + r + "', which the body does not have");
                ok = false;
            }
        }
        return ok ? share.map(s -> new QuorumRule(s, Set.copyOf(b.quorum().required()))) : Optional.empty();
    }

    private Optional<MajorityRule> majority(BodySpec b, String at) {
        if (b.majority() == null) {
            return Optional.of(MajorityRule.SIMPLE);
        }
        Optional<Threshold> share = share(b.majority().share(), at + ".majority.share");
        MajorityRule.Base base = b.majority().base() == null ? MajorityRule.Base.CAST
                : ctx.parse(MajorityRule.Base.class, b.majority().base(), at + ".majority.base");
        int min = b.majority().minimumVotes() == null ? 0 : b.majority().minimumVotes();
        if (min < 0) {
            ctx.problem(at + ".majority.minimumVotes", "最低票数不能为负", "the minimum of votes cannot be negative");
            return Optional.empty();
        }
        return base == null ? Optional.empty() : share.map(s -> new MajorityRule(s, base, min));
    }

    private Optional<Threshold> share(String text, String path) {
        if (text == null) {
            return Optional.of(Threshold.MORE_THAN_HALF);
        }
        Optional<Threshold> t = Threshold.parse(text);
        if (t.isEmpty()) {
            ctx.problem(path, "无法识别的比例 '" + text + "'（如 1/2 表示过半数, >=2/3 表示三分之二以上）",
                    "unreadable share '" + text + "' (1/2 for more than half, >=2/3 for at least two thirds)");
        }
        return t;
    }

    private Optional<VotingMode> voting(BodySpec b, String at) {
        if (b.voting() == null) {
            return Optional.of(VotingMode.BY_SEAT);
        }
        String v = b.voting().trim().toLowerCase(Locale.ROOT);
        for (VotingMode m : VotingMode.values()) {
            if (m.key().equals(v) || m.displayName().zh().equals(b.voting().trim())) {
                return Optional.of(m);
            }
        }
        ctx.problem(at + ".voting", "表决方式 '" + b.voting() + "' 无效, 应为 by-seat 或 by-person",
                "voting '" + b.voting() + "' is not by-seat or by-person");
        return Optional.empty();
    }
}
