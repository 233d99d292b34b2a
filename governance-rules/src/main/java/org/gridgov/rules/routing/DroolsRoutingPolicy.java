package org.gridgov.rules.routing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.gridgov.jurisdiction.NodeId;
import org.gridgov.rules.firing.FiringBudget;
import org.gridgov.rules.firing.FiringMemo;
import org.gridgov.rules.firing.SessionPool;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gridgov.category.Category;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueFacts;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.organization.Organization;
import org.gridgov.organization.OrganizationId;
import org.gridgov.policy.Candidate;
import org.gridgov.policy.Explanation;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingPolicy;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.policy.RuleTrace;
import org.gridgov.rules.facts.CaseReads;
import org.gridgov.rules.facts.Proposal;
import org.gridgov.rules.firing.Firing;
import org.gridgov.rules.facts.RoutingCase;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.rules.runtime.PackRuntime;
import org.gridgov.rules.runtime.PackSettings;
import org.gridgov.rules.runtime.PreparedPack;
import org.gridgov.time.InvalidTimeLimitException;
import org.gridgov.time.TimeLimit;
import org.gridgov.time.WorkCalendar;

/**
 * Routes issues with a rule pack. The pack's rules look at a {@link RoutingCase} and propose owners; this class
 * decides between the proposals, resolves the winner against the city, and explains the decision.
 *
 * <p><b>Choosing between proposals.</b> A proposal's priority is its rule's {@code @priority} (default 0). The
 * highest priority wins; between equal priorities the lower (finer) level wins, because matters are resolved at
 * the lowest level able to handle them (做事不出网格、小事不出社区); then the rule that fired first. A proposal
 * loses, and the next one is tried, when it cannot be resolved in the city (no such level on the issue's path,
 * no organization of the named type there) or when its owner already rejected the dispatch (退单). Every loser
 * is listed in the explanation with why.
 *
 * <p><b>Raising the level.</b> {@code atLeast(level)} proposals (severity, repeated rejections) lift the winner
 * to that level: the same organization type there if it exists, else that level's default handler.
 *
 * <p><b>Never without an owner.</b> If no proposal survives: after rejections, the issue goes one level above
 * the last owner who rejected it; otherwise to the pack's fallback levels in order (兜底, by default the street,
 * then the district), and finally to the root. The owner is always on the issue's own path to the root.
 *
 * <p><b>Time limit.</b> The stricter of two limits, compared by their due instants from the decision's instant
 * in the location's calendar: the matter's limit (a rule's {@code limit(...)}, highest priority first, else the
 * pack's limit for the most specific category) and the pack's limit for the severity, which acts as a floor for
 * serious cases. With neither, the pack's default. In emergency mode the stricter of that and the pack's emergency
 * limit for the case ({@link PackSettings#limitFor}).
 *
 * <p><b>Remembered firings.</b> Rules are fired once per case shape: the firings of a case are remembered by
 * its answers to every question the rules asked of cases so far ({@link FiringMemo}), and a case answering alike
 * takes them without a session. The owner, limit and explanation are still worked out for each request, from
 * its own location, instant and rejections. Decisions are equal with and without the memo (tested).
 *
 * <p><b>Bounded firing.</b> A case's rules fire within the pack's {@link FiringBudget} (by default 10,000 firings
 * and 2 seconds). A case whose rules run beyond it is routed as if no rule had matched (to the 兜底 owner), and its
 * explanation names the rules that kept firing; the next case is routed as usual.
 *
 * <p>Each decision runs on the pack that was active when it started, even if another is activated meanwhile.
 * Thread-safe.
 */
public final class DroolsRoutingPolicy implements RoutingPolicy {
    private final PackRuntime<Prepared> runtime;

    /** The prepared pack, and what routing derived from it and from the last city. */
    private record Prepared(PreparedPack prepared, AtomicReference<CityFacts> cities, Map<String, TimeLimit> limits,
                            Map<String, Bilingual> outranked) {
        Prepared(PreparedPack prepared) {
            this(prepared, new AtomicReference<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }

        ActivePack pack() {
            return prepared.pack();
        }

        PackSettings settings() {
            return prepared.settings();
        }

        SessionPool sessions() {
            return prepared.sessions();
        }

        FiringMemo memo() {
            return prepared.memo();
        }

        /** Why a proposal lost to a rule's: made once per rule. */
        Bilingual outrankedBy(String rule) {
            return outranked.computeIfAbsent(rule, r -> Bilingual.of("优先级低于规则“" + r + "”",
                    "outranked by rule “" + r + "”"));
        }

        /** A rule's limit text parsed, once per text. */
        TimeLimit limit(String text) {
            TimeLimit l = limits.get(text);
            if (l == null) {
                l = settings().parseLimit(text); // throws for bad text, which is then parsed again next time
                limits.put(text, l);
            }
            return l;
        }

        /** What routing derives from a city again and again; cached for the last city seen (cities are values). */
        CityFacts of(City city) {
            CityFacts c = cities.get();
            if (c == null || c.city() != city) {
                c = new CityFacts(city, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                        new OwnerResolver.Everywhere());
                cities.set(c);
            }
            return c;
        }
    }

    /** Per city: each location's path as the rules see it, each category's path and layer. */
    private record CityFacts(City city, Map<NodeId, Located> locations, Map<CategoryId, Categorised> categories,
                             OwnerResolver.Everywhere resolved) {
    }

    /** A location with its paths of ids and of level words, from the location up. */
    private record Located(JurisdictionNode node, List<String> locationPath, List<String> levelPath,
                           OwnerResolver.Here resolved) {
    }

    /** A category with its path up to the top, its layer and that layer's names. */
    private record Categorised(Category category, List<String> categoryPath, String layer, Set<String> layerNames,
                               Bilingual what) {
    }

    /** A request checked and turned into the fact the rules see. */
    private record Input(RoutingRequest request, Categorised categorised, Located located, RoutingCase routingCase,
                         CaseReads reads, CityFacts facts) {
        Category category() {
            return categorised.category();
        }

        JurisdictionNode location() {
            return located.node();
        }
    }

    /**
     * A policy that remembers the firings of up to {@value #DEFAULT_MEMO} case shapes per pack.
     *
     * @param packs gives the active pack; asked once at the start of every decision (a registry's current pack)
     */
    public DroolsRoutingPolicy(Supplier<? extends ActivePack> packs) {
        this(packs, DEFAULT_MEMO);
    }

    /**
     * @param packs        gives the active pack; asked once at the start of every decision
     * @param memoCapacity how many case shapes' firings to remember per pack (0: fire the rules for every case).
     *                     Decisions are the same either way; only their cost differs. A pack that declares
     *                     globals is never memoised, since rules could read them.
     * @throws IllegalArgumentException if the capacity is negative
     */
    public DroolsRoutingPolicy(Supplier<? extends ActivePack> packs, int memoCapacity) {
        this.runtime = new PackRuntime<>(packs, memoCapacity, Prepared::new);
    }

    /** The memo's counts for the pack active now. */
    public FiringMemo.Counts memoCounts() {
        return runtime.memoCounts();
    }

    /** How many case shapes' firings a policy remembers per pack by default. */
    public static final int DEFAULT_MEMO = PackRuntime.DEFAULT_MEMO;

    private Prepared prepare() {
        return runtime.current();
    }

    @Override
    public RoutingDecision route(RoutingRequest request) {
        Prepared p = prepare();
        Input in = input(p, request);
        FiringMemo.Fired fired = p.memo().find(in.routingCase());
        return decide(p, in, fired != null ? fired : fire(p, in));
    }

    /** Fires one case alone, and lets the memo learn from it; a case beyond the budget gets no firings. */
    private static FiringMemo.Fired fire(Prepared p, Input in) {
        try {
            return p.memo().fire(in.routingCase(), in.reads(), p.sessions());
        } catch (FiringBudget.Exceeded e) {
            return FiringMemo.Fired.stopped(e.incident(), in.routingCase().toString());
        }
    }

    /**
     * Routes a batch on the pack active when the batch starts: the cases are fired together in one session, and
     * each decision is the one {@link #route} gives for its request alone, explanation included. If the pack's
     * rules make cases interact (a rule matching two cases at once), the batch is routed one request at a time.
     *
     * @throws IllegalArgumentException if a request names a location, category or channel its city lacks; checked
     *                                  for every request before any is routed
     */
    @Override
    public List<RoutingDecision> routeAll(List<RoutingRequest> requests) {
        Prepared p = prepare();
        List<Input> inputs = new ArrayList<>(requests.size());
        for (RoutingRequest r : requests) {
            inputs.add(input(p, r));
        }
        List<FiringMemo.Fired> firings = new ArrayList<>(inputs.size());
        List<Input> missed = new ArrayList<>();
        List<RoutingCase> missedCases = new ArrayList<>();
        for (Input in : inputs) {
            FiringMemo.Fired known = p.memo().find(in.routingCase());
            firings.add(known);
            if (known == null) {
                missed.add(in);
                missedCases.add(in.routingCase());
            }
        }
        if (p.memo().learning()) {
            missed.forEach(in -> in.reads().start());
        }
        List<List<Firing>> fired = p.sessions().fireAll(missedCases);
        for (int i = 0, m = 0; i < inputs.size(); i++) {
            if (firings.get(i) != null) {
                continue;
            }
            Input in = missed.get(m);
            if (fired == null) {
                firings.set(i, fire(p, input(p, in.request()))); // the batch's cases met: each alone, afresh
            } else {
                // Kept as the case's own firings if the memo is off or could not learn from it.
                firings.set(i, p.memo().learn(in.routingCase(), in.reads().stop(), fired.get(m)));
            }
            m++;
        }
        List<RoutingDecision> out = new ArrayList<>(requests.size());
        for (int i = 0; i < inputs.size(); i++) {
            out.add(decide(p, inputs.get(i), firings.get(i)));
        }
        return out;
    }

    private RoutingDecision decide(Prepared p, Input in, FiringMemo.Fired fired) {
        RoutingRequest request = in.request();
        City city = request.city();
        Category category = in.category();
        JurisdictionNode location = in.location();
        OwnerResolver resolver = new OwnerResolver(city, location.id(), p.settings(), request.at(),
                in.located().resolved(), in.facts().resolved());
        Plan plan = Plan.of(p.pack(), fired, resolver);
        List<Firing> firings = fired.firings();
        Choice choice = new Choice(p.settings(), p::outrankedBy, resolver, request, plan);
        choice.decide();
        TimeLimit limit = timeLimit(p, plan, request, in.categorised(), location, choice);
        List<OrganizationId> coHandlers = plan.coHandling() ? coHandlers(firings, resolver, choice.winner, city)
                : List.of();
        List<RuleTrace> traces = new ArrayList<>(firings.size());
        String text = in.routingCase().toString();
        for (int i = 0; i < firings.size(); i++) {
            Firing f = firings.get(i);
            traces.add(new RuleTrace(f.rule(), plan.descriptions().get(i), fired.matched(f, text)));
        }
        Bilingual reason = fired.incident().map(i -> Reasons.stopped(in.categorised().what(), choice, i))
                .orElseGet(() -> Reasons.sentence(in.categorised().what(), choice));
        fired.incident().ifPresent(i -> choice.losers.add(i.asCandidate()));
        Explanation explanation = new Explanation(reason, traces, choice.losers, choice.fallback);
        return new RoutingDecision(choice.winner.node().level().id(), choice.winner.owner(), choice.winner.role(),
                choice.winner.acting(), coHandlers, limit, explanation, p.pack().version());
    }

    /** Severity names as rules see them, made once. */
    private static final String[] SEVERITIES = java.util.Arrays.stream(org.gridgov.issue.Severity.values())
            .map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    private static Input input(Prepared p, RoutingRequest request) {
        City city = request.city();
        CityFacts facts = p.of(city);
        IssueFacts f = request.facts();
        Categorised c = facts.categories().get(f.category());
        if (c == null) {
            c = categorised(city, city.categories().find(f.category()).orElseThrow(() ->
                    new IllegalArgumentException("unknown category '" + f.category() + "' in city " + city.id())));
            facts.categories().put(f.category(), c);
        }
        Located l = facts.locations().get(f.location());
        if (l == null) {
            l = located(city, p.settings(), city.jurisdiction().find(f.location()).orElseThrow(() ->
                    new IllegalArgumentException("unknown location '" + f.location() + "' in city " + city.id())));
            facts.locations().put(f.location(), l);
        }
        CaseReads reads = new CaseReads();
        RoutingCase routingCase = new RoutingCase(request.issue().value(), c.categoryPath(), f.channel().value(),
                SEVERITIES[f.severity().ordinal()], f.severity().ordinal() + 1, l.locationPath(), l.levelPath(), f.tags(),
                request.rejected().size(), request.emergency(), c.layer(), c.layerNames(), reads);
        return new Input(request, c, l, routingCase, reads, facts);
    }

    private static Categorised categorised(City city, Category category) {
        List<String> categoryPath = new ArrayList<>();
        categoryPath.add(category.id().value());
        city.categories().ancestors(category.id()).forEach(c -> categoryPath.add(c.id().value()));
        String layer = "";
        Set<String> layerNames = new java.util.HashSet<>();
        var layerId = city.categories().layerOf(category.id());
        if (layerId.isPresent()) {
            layer = layerId.get().value();
            city.jurisdiction().layers().stream().filter(l -> l.id().equals(layerId.get())).findFirst()
                    .ifPresent(l -> {
                        layerNames.add(l.name().zh());
                        layerNames.add(l.name().en());
                    });
        }
        return new Categorised(category, ImmutableList.copyOf(categoryPath), layer, ImmutableSet.copyOf(layerNames),
                Reasons.what(city, category));
    }

    private static Located located(City city, PackSettings settings, JurisdictionNode location) {
        List<String> locationPath = new ArrayList<>();
        List<String> levelPath = new ArrayList<>();
        for (JurisdictionNode n : city.jurisdiction().path(location.id())) {
            locationPath.add(0, n.id().value());
            levelPath.add(0, settings.packLevel(n.level().id().value()));
        }
        return new Located(location, ImmutableList.copyOf(locationPath), ImmutableList.copyOf(levelPath),
                new OwnerResolver.Here());
    }

    private static TimeLimit timeLimit(Prepared p, Plan plan, RoutingRequest request, Categorised category,
                                       JurisdictionNode location, Choice choice) {
        Optional<TimeLimit> byRule = Optional.empty();
        for (Proposed l : plan.limits()) {
            try {
                byRule = Optional.of(p.limit(l.proposal().limit().orElseThrow()));
                break;
            } catch (InvalidTimeLimitException e) {
                choice.losers.add(new Candidate(l.firing().rule(), l.priority(), Optional.empty(), e.explanation()));
            }
        }
        WorkCalendar calendar = request.city().calendarFor(location.id());
        LocalDateTime start = LocalDateTime.ofInstant(request.at(), request.city().zone());
        return p.settings().limitFor(byRule, category.categoryPath(), SEVERITIES[request.facts().severity().ordinal()],
                request.emergency(), start, calendar);
    }

    private static List<OrganizationId> coHandlers(List<Firing> firings, OwnerResolver resolver,
                                                   OwnerResolver.Resolved winner, City city) {
        Set<OrganizationId> out = new LinkedHashSet<>();
        for (Firing f : firings) {
            for (Proposal pr : f.proposals()) {
                if (pr.kind() == Proposal.Kind.CO_HANDLE) {
                    resolver.resolve(pr.level(), pr.organizationType(), Optional.empty()).resolved()
                            .flatMap(OwnerResolver.Resolved::organization).map(Organization::id).ifPresent(out::add);
                } else if (pr.kind() == Proposal.Kind.CO_HANDLE_ALLIANCE) {
                    String type = pr.organizationType().orElseThrow();
                    resolver.nodeAt(pr.level()).ifPresent(node -> city.organizations().alliancesAt(node.id()).stream()
                            .flatMap(a -> a.members().stream().sorted(Comparator.comparing(OrganizationId::value)))
                            .filter(m -> city.organizations().type(m).id().value().equals(type))
                            .forEach(out::add));
                }
            }
        }
        winner.organization().ifPresent(o -> out.remove(o.id()));
        return List.copyOf(out);
    }
}
