package org.gridgov.bench;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.examples.simulation.ServiceSimulation;
import org.gridgov.profile.CityProfile;
import org.gridgov.profile.StaffingSpec;

/**
 * A year of party-member service ({@link ServiceSimulation}) through 吉林's pack at 龙岩's scale (37,455 members of
 * 890 units in 132 communities) against the same year at a tenth of it, in the same run: every command authorized,
 * audited and stored, with the ticks. The baseline is the small city's cost per command; a ratio near 1 says a
 * command costs what the member's own timelines cost, not what the city's do.
 */
final class ServiceBench implements Bench {
    @Override
    public String id() {
        return "service";
    }

    @Override
    public List<Row> run(boolean quick) throws Exception {
        int large = quick ? 3_000 : 37_455;
        int units = quick ? 80 : 890;
        int communities = quick ? 12 : 132;
        // Warm the JIT and the pack's caches on a small year first, so that the baseline does not pay for them.
        year(large / 10, Math.max(1, units / 10), Math.max(1, communities / 10));
        Timed small = year(large / 10, Math.max(1, units / 10), Math.max(1, communities / 10));
        Timed big = year(large, units, communities);
        double perSmall = small.seconds() / small.commands();
        double perBig = big.seconds() / big.commands();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("service year, " + Figures.count(large) + " members (" + Figures.count(big.commands())
                + " commands)", Figures.rate(big.commands() / big.seconds(), "commands"),
                Figures.rate(small.commands() / small.seconds(), "commands") + " at " + Figures.count(large / 10)
                + " members", Figures.ratio(perBig / perSmall), "≤ 2× per command", perBig / perSmall <= 2,
                "the whole year in " + Figures.duration(big.seconds()) + "; report-ins, posts, wishes, orders,"
                + " verified services, joint building, statements and daily ticks"));
        return rows;
    }

    private record Timed(double seconds, int commands) {
    }

    private static Timed year(int members, int units, int communities) throws Exception {
        City city = ExampleCities.load("jilin", p -> withMembers(p, members, units, communities));
        CityEngine engine = GridGov.forCity(city).pack(ExampleCities.loadPack(city).orElseThrow(),
                ExampleCities.packSource("jilin")).build();
        long start = System.nanoTime();
        ServiceSimulation.Result r = ServiceSimulation.run(engine, Year.of(2024), ServiceSimulation.Behaviour.seed(), 1,
                () -> { });
        return new Timed((System.nanoTime() - start) / 1e9, r.commands());
    }

    private static CityProfile withMembers(CityProfile p, int members, int units, int communities) {
        return p.withMembers(new StaffingSpec.Members(members, units, "resident-unit", "unit-party-organization",
                null, null, communities, 0.02));
    }
}
