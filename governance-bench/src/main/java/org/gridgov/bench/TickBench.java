package org.gridgov.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.city.City;
import org.gridgov.engine.DeadlineIndex;
import org.gridgov.escalation.DueItem;
import org.gridgov.examples.ExampleCities;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.rules.escalation.DroolsEscalationPolicy;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.routing.DroolsRoutingPolicy;
import org.gridgov.store.InMemoryEventStore;

/**
 * The escalation tick over many open issues, against a plain-Java scan of every open deadline, at a fixed number
 * due and growing numbers open; and the heap each open issue costs, model and engine together.
 */
final class TickBench implements Bench {
    @Override
    public String id() {
        return "tick";
    }

    @Override
    public List<Row> run(boolean quick) throws Exception {
        City city = ExampleCities.load("jilin");
        CompiledActivePack pack = CompiledActivePack.of(ExampleCities.loadPack(city).orElseThrow());
        int[] sizes = quick ? new int[] {2_000, 10_000, 50_000} : new int[] {10_000, 100_000, 1_000_000};
        int fixedDue = quick ? 100 : 1_000;
        List<Row> rows = new ArrayList<>();
        // The policies live as long as the platform, as a host keeps them: their caches (rule firings by case
        // shape, owners by location) are warm when a tick comes, as after days of running.
        Policies policies = new Policies(new DroolsRoutingPolicy(() -> pack), new DroolsEscalationPolicy(() -> pack));
        // Ticks on small stores first, so that the first measured size does not pay for the JIT.
        for (int i = 0; i < (quick ? 1 : 3); i++) {
            warmUp(city, policies, quick ? 1_000 : 5_000, quick ? 50 : 500);
        }
        for (int open : sizes) {
            rows.addAll(measure(city, policies, open, fixedDue, quick, false));
        }
        int largest = sizes[sizes.length - 1];
        rows.addAll(measure(city, policies, largest, largest / 100, quick, true));
        return rows;
    }

    /** The engine's policies, shared by every store measured. */
    private record Policies(DroolsRoutingPolicy routing, DroolsEscalationPolicy escalation) {
    }

    private List<Row> measure(City city, Policies policies, int open, int due, boolean quick, boolean memory) {
        System.gc();
        long heapBefore = usedHeap();
        InMemoryEventStore store = OpenIssues.build(city, open, due);
        CityGovernance engine = CityGovernance.recover(city, store, policies.routing(), policies.escalation(),
                GovernanceSettings.DEFAULT);
        List<Row> rows = new ArrayList<>();
        if (memory) {
            System.gc();
            double perIssue = (usedHeap() - heapBefore) / (double) open;
            rows.add(new Row("memory per open issue (6-event timeline, store and deadline index)",
                    Figures.count(perIssue) + " bytes", "", "", "≤ 1 KB", perIssue <= 1024,
                    Figures.count(open) + " open issues; heap after GC, divided by the count"));
        }
        Instant now = OpenIssues.SOON.plus(Duration.ofMinutes(1));
        // The baseline: every open deadline in flat arrays, scanned for those due.
        List<DueItem> all = new ArrayList<>();
        store.allIssues().forEach(i -> all.addAll(DeadlineIndex.itemsOf(i)));
        long[] dueAt = new long[all.size()];
        for (int i = 0; i < dueAt.length; i++) {
            dueAt[i] = all.get(i).due().toEpochMilli();
        }
        long cut = now.toEpochMilli();
        Sampler sampler = new Sampler(quick ? 2 : 5, quick ? 5 : 15);
        Sampler.Timing scan = sampler.time(() -> {
            int found = 0;
            int[] hits = new int[1024];
            for (int i = 0; i < dueAt.length; i++) {
                if (dueAt[i] <= cut) {
                    if (found == hits.length) {
                        hits = java.util.Arrays.copyOf(hits, found * 2);
                    }
                    hits[found++] = i;
                }
            }
            return found == due ? dueAt.length : -1;
        });
        DeadlineIndex index = DeadlineIndex.of(store.allIssues().toList());
        Sampler.Timing lookup = sampler.time(() -> index.dueAt(now).size() == due ? dueAt.length : -1);
        // The tick changes the issues it handles, so it runs once per store; after a collection, so that it does
        // not pay for the garbage of building the store and the baseline's arrays.
        all.clear();
        System.gc();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        int handled = engine.tick(now).handled().size();
        double tick = (System.nanoTime() - t0) / 1e9;
        long gc = gcMillis() - gc0;
        String size = Figures.count(open) + " open, " + Figures.count(due) + " due";
        rows.add(new Row("escalation tick, " + size, Figures.duration(tick) + " (" + Figures.count(handled)
                + " handled)", Figures.duration(scan.medianSeconds()) + " plain scan of " + Figures.count(dueAt.length)
                + " deadlines", Figures.ratio(tick / scan.medianSeconds()), memory ? "within 2× of the scan" : "grows with due, not open",
                !memory || tick <= 2 * scan.medianSeconds(), String.format(java.util.Locale.ROOT,
                "%.1f µs per due issue, %d ms of it in garbage collection; scan %s", tick * 1e6 / Math.max(1, handled),
                gc, Figures.spread(scan))));
        rows.add(new Row("finding the due items, " + size, Figures.duration(lookup.medianSeconds()) + " (index)",
                Figures.duration(scan.medianSeconds()) + " plain scan", Figures.ratio(lookup.medianSeconds()
                / scan.medianSeconds()), "within 2× of the scan", lookup.medianSeconds() <= 2 * scan.medianSeconds(),
                Figures.spread(lookup)));
        return rows;
    }

    private static void warmUp(City city, Policies policies, int open, int due) {
        CityGovernance engine = CityGovernance.recover(city, OpenIssues.build(city, open, due), policies.routing(),
                policies.escalation(), GovernanceSettings.DEFAULT);
        engine.tick(OpenIssues.SOON.plus(Duration.ofMinutes(1)));
    }

    /** Time the collectors have spent so far, in milliseconds (pauses and concurrent work as the JVM counts it). */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
