package org.gridgov.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.gridgov.category.CategoryId;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.issue.ChannelId;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.routing.RoutingDecision;
import org.gridgov.routing.RoutingRequest;
import org.gridgov.rules.facts.RoutingCase;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.rules.firing.FiringMemo;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Routing with the Jilin pack over the Jilin city (6,702 grids): a stream of requests over every leaf category
 * and grid, mostly of low severity, some from small-bench meetings. The library, with full explanations, in
 * batches and one issue at a time, against two baselines in this process: the same routing table written by hand
 * ({@link HandRouter}), and the raw Drools session over the same facts without the library around it.
 */
final class RoutingBench implements Bench {
    static final Instant AT = Instant.parse("2024-05-06T01:30:00Z");
    static final int BATCH = 1_000;

    @Override
    public String id() {
        return "routing";
    }

    @Override
    public List<Row> run(boolean quick) throws Exception {
        City city = ExampleCities.load("jilin");
        CompiledActivePack pack = CompiledActivePack.of(ExampleCities.loadPack(city).orElseThrow());
        DroolsRoutingPolicy policy = new DroolsRoutingPolicy(() -> pack);
        List<JurisdictionNode> grids = grids(city);
        List<RoutingRequest> requests = requests(city, grids, quick ? 4 * BATCH : 20 * BATCH, 9);
        HandRouter hand = new HandRouter(city, grids, AT);
        // Both do the same work: the hand-written table must agree with the library on every request.
        List<RoutingDecision> decided = policy.routeAll(requests);
        int agree = 0;
        for (int i = 0; i < requests.size(); i++) {
            HandRouter.Route h = hand.route(requests.get(i));
            RoutingDecision d = decided.get(i);
            if (h.owner().equals(d.owner()) && h.limit().equals(d.timeLimit())) {
                agree++;
            } else if (System.getProperty("bench.debug") != null) {
                System.err.println(requests.get(i).facts() + "\n  hand " + h + "\n  lib  " + d.owner() + " "
                        + d.timeLimit() + " " + d.explanation().reason().en());
            }
        }
        String agreement = String.format(Locale.ROOT, "hand router agrees on owner and limit for %s of %s requests",
                Figures.count(agree), Figures.count(requests.size()));
        List<List<RoutingRequest>> batches = batches(requests);
        int warmups = quick ? 1 : 5;
        int samples = quick ? 3 : 11;
        Sampler sampler = new Sampler(warmups, samples);
        int n = requests.size();
        // Every run routes a stream it has not seen (same mix, other issues, grids and order), so that the memo
        // of rule firings is measured as a live stream meets it, not on requests it already knows.
        List<List<List<RoutingRequest>>> streams = new ArrayList<>();
        for (int i = 0; i < warmups + samples; i++) {
            streams.add(batches(requests(city, grids, n, 100 + i)));
        }
        int[] next = {0};
        DroolsRoutingPolicy unremembered = new DroolsRoutingPolicy(() -> pack, 0);
        // The library's paths are long, and on two shared cores the JIT takes 300,000-500,000 requests to settle
        // (measured): let it compile them on streams of their own before any timing.
        for (int i = 0; i < (quick ? 1 : 20); i++) {
            List<RoutingRequest> warm = requests(city, grids, n, 1_000 + i);
            batches(warm).forEach(policy::routeAll);
            warm.forEach(policy::route);
        }

        Sampler.Timing handTiming = sampler.time(() -> {
            long sink = 0;
            for (RoutingRequest r : requests) {
                sink += hand.route(r).owner().node().hashCode();
            }
            return sink == 42 ? n + 1 : n;
        });
        FiringMemo.Counts before = policy.memoCounts();
        Sampler.Timing batchTiming = sampler.time(() -> {
            long count = 0;
            for (List<RoutingRequest> b : streams.get(next[0]++ % streams.size())) {
                count += policy.routeAll(b).size();
            }
            return count;
        });
        FiringMemo.Counts after = policy.memoCounts();
        Sampler.Timing coldTiming = sampler.time(() -> {
            long count = 0;
            for (List<RoutingRequest> b : batches) {
                count += unremembered.routeAll(b).size();
            }
            return count;
        });
        Sampler.Timing singleTiming = sampler.time(() -> {
            long count = 0;
            for (List<RoutingRequest> b : streams.get(next[0]++ % streams.size())) {
                for (RoutingRequest r : b) {
                    count += policy.route(r).explanation().fired().isEmpty() ? 0 : 1;
                }
            }
            return n;
        });
        KieBase kieBase = pack.kieBase();
        List<RawCase> facts = requests.stream().map(r -> rawCase(city, r)).toList();
        Sampler.Timing rawBatch = sampler.time(() -> {
            long fired = 0;
            for (int i = 0; i < n; i += BATCH) {
                KieSession session = kieBase.newKieSession();
                try {
                    for (int j = i; j < Math.min(n, i + BATCH); j++) {
                        session.insert(facts.get(j).make());
                    }
                    fired += session.fireAllRules();
                } finally {
                    session.dispose();
                }
            }
            return fired > 0 ? n : -1;
        });
        Sampler.Timing rawSingle = sampler.time(() -> {
            long fired = 0;
            for (RawCase c : facts) {
                KieSession session = kieBase.newKieSession();
                try {
                    session.insert(c.make());
                    fired += session.fireAllRules();
                } finally {
                    session.dispose();
                }
            }
            return fired > 0 ? n : -1;
        });
        String size = Figures.count(n) + " requests over " + Figures.count(grids.size()) + " grids";
        List<Row> rows = new ArrayList<>();
        double batchRate = batchTiming.rate();
        rows.add(new Row("routing with explanations, batches of " + Figures.count(BATCH),
                Figures.rate(batchRate, "issues"), Figures.rate(handTiming.rate(), "issues") + " hand-written router",
                Figures.ratio(handTiming.rate() / batchRate), "≥ 1,000,000 issues/s and within 10× of the hand router",
                batchRate >= 1_000_000 && handTiming.rate() / batchRate <= 10,
                size + "; " + agreement + "; " + memo(before, after) + "; " + Figures.spread(batchTiming)));
        rows.add(new Row("routing with explanations, batches of " + Figures.count(BATCH) + ", firings not remembered",
                Figures.rate(coldTiming.rate(), "issues"), Figures.rate(handTiming.rate(), "issues")
                + " hand-written router", Figures.ratio(handTiming.rate() / coldTiming.rate()),
                "", true, "memo off: what every case costs the first time its shape is seen; " + Figures.spread(coldTiming)));
        rows.add(new Row("routing with explanations, batches of " + Figures.count(BATCH) + ", vs raw Drools",
                Figures.rate(batchRate, "issues"), Figures.rate(rawBatch.rate(), "issues")
                + " raw Drools session (insert " + Figures.count(BATCH) + ", fire, no explanation)",
                Figures.ratio(rawBatch.rate() / batchRate), "≥ 1,000,000 issues/s", batchRate >= 1_000_000,
                "what the engine alone costs; " + Figures.spread(rawBatch)));
        rows.add(new Row("routing, one issue at a time", Figures.rate(singleTiming.rate(), "issues"),
                Figures.rate(rawSingle.rate(), "issues") + " raw Drools session per issue (no explanation)",
                Figures.ratio(rawSingle.rate() / singleTiming.rate()), "≥ 250,000 issues/s",
                singleTiming.rate() >= 250_000, String.format(Locale.ROOT, "%.2f µs per issue; %s",
                singleTiming.nanosPerItem() / 1e3, Figures.spread(singleTiming))));
        return rows;
    }

    private static List<List<RoutingRequest>> batches(List<RoutingRequest> requests) {
        List<List<RoutingRequest>> batches = new ArrayList<>();
        for (int i = 0; i < requests.size(); i += BATCH) {
            batches.add(requests.subList(i, Math.min(requests.size(), i + BATCH)));
        }
        return batches;
    }

    private static String memo(FiringMemo.Counts before, FiringMemo.Counts after) {
        long hits = after.hits() - before.hits();
        long misses = after.misses() - before.misses();
        return String.format(Locale.ROOT, "each run a fresh stream; rule firings remembered for %.1f %% of "
                        + "requests (%s case shapes of %d questions known)", 100.0 * hits / Math.max(1, hits + misses),
                Figures.count(after.shapes()), after.questions());
    }

    static List<JurisdictionNode> grids(City city) {
        return city.jurisdiction().subtree(city.jurisdiction().root().id()).stream()
                .filter(n -> n.level().kind() == LevelKind.GRID && n.level().id().value().equals("grid")).toList();
    }

    /**
     * A realistic stream: every leaf category in turn over random grids; 60 % low, 30 % medium, 8 % high and 2 %
     * critical; 5 % raised at small-bench meetings, the rest by hotline and grid patrol.
     */
    static List<RoutingRequest> requests(City city, List<JurisdictionNode> grids, int count, long seed) {
        List<CategoryId> leaves = city.categories().all().stream()
                .filter(c -> city.categories().children(c.id()).isEmpty()).map(c -> c.id()).toList();
        Random random = new Random(seed);
        List<RoutingRequest> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int s = random.nextInt(100);
            Severity severity = s < 60 ? Severity.LOW : s < 90 ? Severity.MEDIUM : s < 98 ? Severity.HIGH
                    : Severity.CRITICAL;
            int c = random.nextInt(100);
            String channel = c < 5 ? "deliberation" : c < 55 ? "hotline-12345" : "grid-patrol";
            JurisdictionNode grid = grids.get(random.nextInt(grids.size()));
            IssueFacts facts = IssueFacts.of(leaves.get(i % leaves.size()), new ChannelId(channel), grid.id(),
                    "基准事项", severity);
            out.add(RoutingRequest.of(new IssueId(String.format(Locale.ROOT, "r-%07d", i)), facts, city, AT));
        }
        return out;
    }

    /** The fact the library would insert, built once outside the timing. */
    private static RawCase rawCase(City city, RoutingRequest r) {
        var tree = city.jurisdiction();
        List<String> categoryPath = new ArrayList<>();
        categoryPath.add(r.facts().category().value());
        city.categories().ancestors(r.facts().category()).forEach(c -> categoryPath.add(c.id().value()));
        List<String> locationPath = new ArrayList<>();
        List<String> levelPath = new ArrayList<>();
        for (JurisdictionNode n : tree.path(r.facts().location())) {
            locationPath.add(0, n.id().value());
            String level = n.level().id().value();
            levelPath.add(0, level.equals("county") ? "district" : level);
        }
        String layer = city.categories().layerOf(r.facts().category()).map(l -> l.value()).orElse("");
        java.util.Set<String> names = new java.util.HashSet<>();
        city.jurisdiction().layers().stream().filter(l -> l.id().value().equals(layer)).forEach(l -> {
            names.add(l.name().zh());
            names.add(l.name().en());
        });
        return new RawCase(r.issue().value(), List.copyOf(categoryPath), r.facts().channel().value(),
                r.facts().severity().name(), r.facts().severity().ordinal() + 1, List.copyOf(locationPath),
                List.copyOf(levelPath), r.facts().tags(), layer, names);
    }

    /** What a fact is made of, so that each run inserts a fresh one (actions append to the fact). */
    private record RawCase(String issue, List<String> categoryPath, String channel, String severity, int rank,
                           List<String> locationPath, List<String> levelPath, java.util.Set<String> tags,
                           String layer, java.util.Set<String> layerNames) {
        RoutingCase make() {
            return new RoutingCase(issue, categoryPath, channel, severity, rank, locationPath, levelPath, tags, 0,
                    false, layer, layerNames);
        }
    }
}
