package org.gridgov.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.gridgov.CityEngine;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.city.City;
import org.gridgov.engine.ServiceOutcome;
import org.gridgov.engine.Services;
import org.gridgov.i18n.Bilingual;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.organization.OrganizationId;
import org.gridgov.people.Person;
import org.gridgov.people.PersonId;
import org.gridgov.service.MenuOrder;
import org.gridgov.service.ServiceId;
import org.gridgov.service.ServicePolicy;
import org.gridgov.service.WishKind;

/**
 * A city's year of party-member and unit service (在职党员回家, 双报到、双服务) through its pack, on a simulated clock:
 * every in-service member of the city registers online and is confirmed in person, claims posts of their community
 * and serves on them, communities publish posts and residents' wishes that members claim and fulfil, residents order
 * from the menu, units report in, sign agreements with their paired communities and carry out projects, and every
 * quarter each unit gets its statement. Every service is verified by the community before it is confirmed, some
 * late (the pack's deadlines then warn and supervise) and some not borne out. Who does what is drawn from
 * {@link Behaviour}; the rates and rankings are whatever the engine makes of the events. Deterministic for a seed.
 *
 * <p>Staff actions are taken by whoever acts for the community's party organization (the roster's liaison); a
 * community nobody acts for leaves its members unconfirmed, and the refusals say so. Every command's outcome is
 * counted, refusals by code, so nothing the simulated people tried is silently lost.
 */
public final class ServiceSimulation {
    private static final String[] POST_KINDS = {"模范居民", "民情收集", "政策宣传", "纠纷调解", "志愿服务"};
    private static final String[] MENU = {"理发", "家电维修", "代购药品", "陪同就医", "法律咨询", "心理疏导"};
    private static final String[] LISTS = {"助老", "助学", "环境整治", "文体活动", "就业帮扶", "法律服务"};

    private final City city;
    private final Services service;
    private final Year year;
    private final Behaviour b;
    private final Random r;
    private final Agenda agenda = new Agenda();
    private final Map<String, Integer> done = new TreeMap<>();
    private final Map<String, Integer> refused = new TreeMap<>();
    private final Map<NodeId, List<PersonId>> reported = new HashMap<>();
    private final Map<NodeId, List<Post>> posts = new LinkedHashMap<>();
    private final Map<OrganizationId, List<PersonId>> staffOf = new HashMap<>();
    private final Set<OrganizationId> lax = new HashSet<>();
    private final Map<PersonId, Set<ServiceId>> held = new HashMap<>();
    private int records;
    private int wishes;

    /**
     * How the simulated people behave. The defaults ({@link #seed()}) are 龙岩's counts (seed 002) per member,
     * community or unit: 37,455 members, 3,957 posts, 59,000 post claims, 7,732 micro-wishes, 3,649 pairing
     * requests and 5,763 wishes claimed, 890 units with 2,770 projects started and 2,533 done.
     *
     * @param neverReports       the share of members who never register
     * @param neverServes        the share of reported members who claim nothing
     * @param postsPerMember     posts a community publishes per member reporting to it
     * @param postClaimsPerMember posts a serving member claims, on average (at least one)
     * @param servicesPerPost    services a member gives on a post they hold, on average (at least one)
     * @param wishesPerMember    micro-wishes a community publishes per member reporting to it
     * @param pairingPerMember   pairing requests likewise
     * @param wishesClaimed      the share of wishes a member claims
     * @param ordersPerMonth     menu orders a community receives a month, on average
     * @param projectsPerUnit    projects a unit starts with its paired community, on average
     * @param projectsDone       the share of started projects finished within the year
     * @param lateVerification   the share of services the community verifies after four days or more
     * @param notBorneOut        the share of services the beneficiary or organiser does not bear out
     * @param laxUnits           the share of units that do not urge their members (单位督促): a fifth of their
     *                           members never report
     */
    public record Behaviour(double neverReports, double neverServes, double postsPerMember, double postClaimsPerMember,
                            double servicesPerPost, double wishesPerMember, double pairingPerMember,
                            double wishesClaimed, double ordersPerMonth, double projectsPerUnit, double projectsDone,
                            double lateVerification, double notBorneOut, double laxUnits) {
        /** 龙岩's counts per member, community and unit, with a few members who never report or serve. */
        public static Behaviour seed() {
            return new Behaviour(0.0003, 0.0004, 3957 / 37455.0, 59000 / 37455.0, 1.6, 7732 / 37455.0,
                    3649 / 37455.0, 5763 / 7732.0, 2, 2770 / 890.0, 2533 / 2770.0, 0.05, 0.003, 1 / 890.0);
        }
    }

    /**
     * The outcome.
     *
     * @param engine  the engine: its store holds every timeline
     * @param year    the simulated year
     * @param done    commands done, by kind
     * @param refused commands refused, by kind and the refusal's code ({@code claim-post/not-reported-in})
     */
    public record Result(CityEngine engine, Year year, Map<String, Integer> done, Map<String, Integer> refused) {
        /** How many commands were given. */
        public int commands() {
            return done.values().stream().mapToInt(Integer::intValue).sum()
                    + refused.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A post a community published, with the room the simulated members know is left. */
    private static final class Post {
        final ServiceId id;
        final String title;
        int room;

        Post(ServiceId id, String title, int room) {
            this.id = id;
            this.title = title;
            this.room = room;
        }
    }

    private ServiceSimulation(CityEngine engine, Year year, Behaviour b, long seed) {
        this.city = engine.city();
        this.service = engine.engine().service();
        this.year = year;
        this.b = b;
        this.r = new Random(seed);
    }

    /**
     * Runs a year through an engine as {@code GridGov} builds it.
     *
     * @param engine  a fresh engine of a city with in-service members (e.g. from {@code staffing.members})
     * @param year    the year
     * @param b       how the people behave
     * @param seed    the run's seed
     * @param dayDone told after each simulated day (for a progress bar)
     */
    public static Result run(CityEngine engine, Year year, Behaviour b, long seed, Runnable dayDone) {
        ServiceSimulation s = new ServiceSimulation(engine, year, b, seed);
        s.plan();
        LocalDate day = year.atDay(1);
        while (day.getYear() == year.getValue()) {
            Instant evening = s.at(day, 18, 0);
            s.agenda.runUntil(evening);
            engine.engine().tick(evening);
            dayDone.run();
            day = day.plusDays(1);
        }
        return new Result(engine, year, s.done, s.refused);
    }

    private void plan() {
        Map<NodeId, List<PersonId>> members = new LinkedHashMap<>();
        for (Person p : city.people().all()) {
            if (p.isInServicePartyMember()) {
                p.employer().ifPresent(u -> staffOf.computeIfAbsent(u, x -> new ArrayList<>()).add(p.id()));
                service.destination(p.id(), year.atDay(1)).flatMap(ServicePolicy.Destined::destination)
                        .ifPresent(d -> members.computeIfAbsent(d.community(), x -> new ArrayList<>()).add(p.id()));
            }
        }
        staffOf.keySet().stream().sorted(Comparator.comparing(OrganizationId::value))
                .filter(u -> r.nextDouble() < b.laxUnits()).forEach(lax::add);
        members.forEach((community, theirs) -> {
            publishPosts(community, theirs.size());
            theirs.forEach(m -> {
                boolean urged = city.people().find(m).flatMap(Person::employer).map(u -> !lax.contains(u)).orElse(true);
                if (r.nextDouble() >= b.neverReports() && (urged || r.nextDouble() >= 0.2)) {
                    agenda.schedule(at(year.atDay(2 + r.nextInt(88)), 9 + r.nextInt(8), r.nextInt(60)),
                            t -> register(m, community, t));
                }
            });
            wishes(community, theirs.size());
            orders(community);
        });
        staffOf.keySet().stream().sorted(Comparator.comparing(OrganizationId::value)).forEach(this::unit);
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            LocalDate first = year.atMonth(3 * q - 2).atDay(1);
            LocalDate next = first.plusMonths(3);
            agenda.schedule(at(q == 4 ? year.atMonth(12).atDay(31) : next, 10, 0), t -> feedback(quarter, first, next, t));
        }
    }

    // ---- members -------------------------------------------------------------------------------------------

    private void register(PersonId m, NodeId community, Instant t) {
        if (count("register-report-in", service.registerReportIn(m, year, Actor.resident(m), t))) {
            ServiceId id = ServiceId.reportIn(m, year);
            agenda.schedule(t.plus(Duration.ofHours(24 + r.nextInt(24 * 6))), c -> staff(community, c).ifPresent(s -> {
                if (count("confirm-report-in", service.confirmReportIn(id, "报到证" + year + "-" + m.value(), s, c))) {
                    reported.computeIfAbsent(community, x -> new ArrayList<>()).add(m);
                    claimPosts(m, community, c);
                }
            }));
        }
    }

    private void claimPosts(PersonId m, NodeId community, Instant t) {
        if (r.nextDouble() < b.neverServes()) {
            return;
        }
        int claims = 1 + Agenda.poisson(r, Math.max(0, b.postClaimsPerMember() - 1));
        for (int i = 0; i < claims; i++) {
            agenda.schedule(t.plus(Duration.ofHours(1 + r.nextInt(24 * 20))), c -> {
                Set<ServiceId> mine = held.computeIfAbsent(m, x -> new HashSet<>());
                List<Post> open = posts.getOrDefault(community, List.of()).stream()
                        .filter(p -> p.room > 0 && !mine.contains(p.id)).toList();
                if (open.isEmpty()) {
                    refused.merge("claim-post/no-room-left", 1, Integer::sum);
                    return;
                }
                Post p = open.get(r.nextInt(open.size()));
                if (count("claim-post", service.menu().claimPost(p.id, m, Actor.resident(m), c))) {
                    p.room--;
                    mine.add(p.id);
                    int times = 1 + Agenda.poisson(r, Math.max(0, b.servicesPerPost() - 1));
                    for (int k = 0; k < times; k++) {
                        serveLater(m, c, Optional.empty(), Optional.of(p.title), p.id, community);
                    }
                }
            });
        }
    }

    /** A service some days after {@code from}, within the year, then its verification. */
    private void serveLater(PersonId m, Instant from, Optional<PersonId> beneficiary, Optional<String> organiser,
                            ServiceId source, NodeId community) {
        long room = Duration.between(from, at(year.atMonth(12).atDay(20), 9, 0)).toDays();
        if (room < 1) {
            return;
        }
        Instant start = at(LocalDate.ofInstant(from, city.zone()).plusDays(1 + r.nextInt((int) Math.min(room, 120))),
                8 + r.nextInt(9), r.nextInt(60));
        Instant end = start.plus(Duration.ofMinutes(30 + 30L * r.nextInt(6)));
        String id = String.format("svc-%07d", ++records);
        agenda.schedule(end.plus(Duration.ofHours(2)), t -> {
            String what = organiser.map(o -> o + "服务").orElse("上门服务");
            if (count("submit-service", service.submitService(id, m, what, start, end, beneficiary, organiser,
                    Optional.of(source), Actor.resident(m), t))) {
                verifyLater(ServiceId.record(id), community, beneficiary.map(PersonId::value).orElse(organiser
                        .orElse("组织者")), t);
            }
        });
    }

    private void verifyLater(ServiceId id, NodeId community, String with, Instant submitted) {
        long hours = r.nextDouble() < b.lateVerification() ? 24 * (4 + r.nextInt(5)) : 2 + r.nextInt(48);
        agenda.schedule(submitted.plus(Duration.ofHours(hours)), t -> staff(community, t).ifPresent(s -> {
            boolean borneOut = r.nextDouble() >= b.notBorneOut();
            if (!count("verify-service", service.verifyService(id, with, borneOut, s, t))) {
                return;
            }
            Instant then = t.plus(Duration.ofHours(1));
            if (borneOut) {
                count("confirm-service", service.confirmService(id, s, then));
            } else {
                count("reject-service", service.rejectService(id, Bilingual.of("服务对象未能证实", "not borne out"), s,
                        then));
            }
        }));
    }

    // ---- communities ---------------------------------------------------------------------------------------

    private void publishPosts(NodeId community, int members) {
        int n = Math.max(1, (int) Math.round(b.postsPerMember() * members));
        // Room for every claim the community's members will make, and a quarter more.
        int room = Math.max(2, (int) Math.ceil(b.postClaimsPerMember() / b.postsPerMember() * 1.25));
        for (int i = 1; i <= n; i++) {
            String kind = POST_KINDS[(i - 1) % POST_KINDS.length];
            String id = community.value() + "-post-" + i;
            String title = kind + "岗" + i;
            agenda.schedule(at(year.atDay(2), 8, 0), t -> staff(community, t).ifPresent(s -> {
                if (count("publish-post", service.menu().publishPost(id, community, title, kind, room, s, t))) {
                    posts.computeIfAbsent(community, x -> new ArrayList<>()).add(new Post(ServiceId.post(id), title, room));
                }
            }));
        }
    }

    private void wishes(NodeId community, int members) {
        int micro = Agenda.poisson(r, b.wishesPerMember() * members);
        int pairing = Agenda.poisson(r, b.pairingPerMember() * members);
        for (int i = 0; i < micro + pairing; i++) {
            WishKind kind = i < micro ? WishKind.MICRO_WISH : WishKind.PAIRING_REQUEST;
            String id = String.format("wish-%06d", ++wishes);
            PersonId resident = new PersonId("resident-" + community.value() + "-" + (1 + r.nextInt(500)));
            agenda.schedule(at(year.atDay(15 + r.nextInt(300)), 9 + r.nextInt(8), r.nextInt(60)), t -> staff(community, t)
                    .ifPresent(s -> {
                        if (count("publish-wish", service.publishWish(id, kind, community, resident,
                                kind == WishKind.MICRO_WISH ? "想要一件生活用品" : "需要长期结对帮扶", s, t))
                                && r.nextDouble() < b.wishesClaimed()) {
                            agenda.schedule(t.plus(Duration.ofHours(2 + r.nextInt(24 * 10))),
                                    c -> claimWish(ServiceId.wish(id), community, resident, c));
                        }
                    }));
        }
    }

    private void claimWish(ServiceId wish, NodeId community, PersonId resident, Instant t) {
        Optional<PersonId> m = someoneReported(community);
        if (m.isPresent() && count("claim-wish", service.claimWish(wish, m.get(), Actor.resident(m.get()), t))) {
            serveLater(m.get(), t, Optional.of(resident), Optional.empty(), wish, community);
        }
    }

    private void orders(NodeId community) {
        for (int month = 1; month <= 12; month++) {
            int n = Agenda.poisson(r, b.ordersPerMonth());
            for (int i = 0; i < n; i++) {
                String id = community.value() + "-order-" + month + "-" + i;
                PersonId resident = new PersonId("resident-" + community.value() + "-" + (1 + r.nextInt(500)));
                String item = MENU[r.nextInt(MENU.length)];
                agenda.schedule(at(year.atMonth(month).atDay(1 + r.nextInt(25)), 9 + r.nextInt(8), 0),
                        t -> order(id, community, resident, item, t));
            }
        }
    }

    private void order(String order, NodeId community, PersonId resident, String item, Instant t) {
        ServiceId id = ServiceId.order(order);
        Optional<PersonId> m = someoneReported(community);
        Optional<Actor> s = staff(community, t);
        if (m.isEmpty() || s.isEmpty()
                || !count("place-order", service.menu().placeOrder(order, community, resident, item, Parties.PLATFORM, t))
                || !count("dispatch-order", service.menu().dispatchOrder(id, m.get(), s.get(), t.plus(Duration.ofHours(1))))
                || !count("take-order", service.menu().takeOrder(id, m.get(), Actor.resident(m.get()),
                t.plus(Duration.ofHours(2))))) {
            return;
        }
        serveLater(m.get(), t.plus(Duration.ofHours(2)), Optional.of(resident), Optional.empty(), id, community);
        agenda.schedule(at(year.atMonth(12).atDay(28), 10, 0), c -> {
            if (service.find(id, MenuOrder.class).map(o -> o.status() == MenuOrder.Status.DONE).orElse(false)) {
                count("publish-order", service.menu().publishOrder(id, item + "服务已完成，居民满意", s.get(), c));
            }
        });
    }

    // ---- units ---------------------------------------------------------------------------------------------

    private void unit(OrganizationId unit) {
        List<NodeId> paired = city.organizations().pairedCommunities(unit, year.atDay(1));
        if (paired.isEmpty()) {
            return;
        }
        NodeId community = paired.get(0);
        agenda.schedule(at(year.atMonth(1).atDay(5 + r.nextInt(20)), 10, 0), t -> staff(community, t).ifPresent(s -> {
            if (count("register-unit-report-in", service.registerUnitReportIn(unit, community, year, s, t))) {
                count("confirm-report-in", service.confirmReportIn(ServiceId.reportIn(unit, year), "单位报到" + unit.value(),
                        s, t.plus(Duration.ofDays(1))));
            }
        }));
        int projects = Agenda.poisson(r, b.projectsPerUnit());
        agenda.schedule(at(year.atMonth(2).atDay(1 + r.nextInt(27)), 10, 0), t -> staff(community, t)
                .ifPresent(s -> joint(unit, community, projects, s, t)));
    }

    private void joint(OrganizationId unit, NodeId community, int projects, Actor s, Instant t) {
        var jb = service.jointBuilding();
        if (!count("sign-agreement", jb.sign(unit, community, s, t))) {
            return;
        }
        ServiceId agreement = ServiceId.agreement(unit, community);
        PersonId communityOwner = s instanceof Actor.Person p ? p.person() : staffOf.get(unit).get(0);
        List<PersonId> theirs = staffOf.get(unit);
        for (int i = 1; i <= projects; i++) {
            String category = LISTS[r.nextInt(LISTS.length)];
            int quantity = 1 + r.nextInt(10);
            Instant day = t.plus(Duration.ofHours(i));
            count("list", jb.list(agreement, "need-" + i, true, category, quantity, "社区" + category + "需求", s, day));
            count("list", jb.list(agreement, "resource-" + i, false, category, quantity + r.nextInt(3), "单位" + category
                    + "资源", s, day));
        }
        // The model's suggestions (same category, the resource suffices) become the projects.
        int n = 0;
        for (var pair : jb.suggestions(agreement)) {
            String project = "project-" + ++n;
            if (count("match", jb.match(agreement, project, pair.need(), pair.resource(), communityOwner,
                    theirs.get(r.nextInt(theirs.size())), s, t.plus(Duration.ofHours(projects + 1))))) {
                agenda.schedule(at(year.atMonth(3 + r.nextInt(4)).atDay(1 + r.nextInt(28)), 10, 0), c -> {
                    if (count("start-project", jb.start(agreement, project, s, c)) && r.nextDouble() < b.projectsDone()) {
                        agenda.schedule(at(year.atMonth(7 + r.nextInt(5)).atDay(1 + r.nextInt(28)), 15, 0),
                                d -> count("finish-project", jb.finish(agreement, project, "项目完成", s, d)));
                    }
                });
            }
        }
    }

    private void feedback(int quarter, LocalDate first, LocalDate next, Instant t) {
        String period = year + "Q" + quarter;
        staffOf.keySet().stream().sorted(Comparator.comparing(OrganizationId::value)).forEach(unit -> count("service-feedback", service.sendFeedback(unit, period,
                at(first, 0, 0), at(next, 0, 0), Parties.PLATFORM, t)));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** Who acts for the community's party organization then; empty (counted) if nobody does. */
    private Optional<Actor> staff(NodeId community, Instant t) {
        Optional<Actor> a = city.organizations().partyBodyFor(community)
                .flatMap(o -> Parties.organization(city, o.id(), t));
        if (a.isEmpty()) {
            refused.merge("staff/nobody-acts-for-the-community", 1, Integer::sum);
        }
        return a;
    }

    private Optional<PersonId> someoneReported(NodeId community) {
        List<PersonId> there = reported.getOrDefault(community, List.of());
        return there.isEmpty() ? Optional.empty() : Optional.of(there.get(r.nextInt(there.size())));
    }

    private boolean count(String kind, ServiceOutcome o) {
        if (o instanceof ServiceOutcome.Refused f) {
            refused.merge(kind + "/" + f.rejection().code(), 1, Integer::sum);
        } else if (o instanceof ServiceOutcome.Conflicted) {
            refused.merge(kind + "/conflicted", 1, Integer::sum);
        } else {
            done.merge(kind, 1, Integer::sum);
        }
        return o.isDone();
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(city.zone()).toInstant();
    }
}
