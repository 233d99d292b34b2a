package org.gridgov.bench;

import java.util.List;

/** Every benchmark, in the order of the table. */
public final class Benches {
    private Benches() {
    }

    /** A fresh instance of each benchmark. */
    public static List<Bench> all() {
        return List.of(new RoutingBench(), new TickBench(), new PackLoadBench(), new TreeBench(), new CountryBench(),
                new ScoringBench(), new ServiceBench(), new StoreBench(), new ServerBench());
    }
}
