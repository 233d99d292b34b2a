package org.gridgov.cli;

import org.gridgov.GridGov;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gridgov.city.City;
import org.gridgov.examples.ExampleCities;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.rules.pack.CompiledPack;
import org.gridgov.rules.pack.PackProblem;
import org.gridgov.rules.pack.PackProcedures;
import org.gridgov.store.EventStore;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadResult;
import org.gridgov.rules.pack.PackSource;
import picocli.CommandLine.Parameters;

/** The pack argument shared by the pack commands: a folder, or the id of an example city's pack. */
final class PackOptions {
    @Parameters(index = "0", paramLabel = "PACK",
            description = "A pack folder (with pack.yaml), or an example city's id (jilin) for its shipped pack.")
    String pack;

    /** Where the pack's files are. */
    PackSource source() {
        Path folder;
        try {
            folder = Path.of(pack);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("'" + pack.replace("\0", "\\0") + "' is not a folder name (不是有效的文件夹名)");
        }
        if (Files.isDirectory(folder)) {
            return PackSource.directory(folder);
        }
        if (ExampleCities.IDS.contains(pack) && ExampleCities.hasPack(pack)) {
            return PackSource.classpath(ExampleCities.class.getClassLoader(), "org/gridgov/examples/" + pack + "/pack/");
        }
        throw new IllegalArgumentException("no pack folder '" + pack + "' (and no example city of that id with a pack)");
    }

    /** The context a city gives the checks: its categories and levels; none without a city. */
    static PackContext context(Optional<City> city) {
        return city.map(PackContext::of).orElse(PackContext.unchecked());
    }

    /** Loads the pack with a city's context. */
    PackLoadResult load(Optional<City> city) {
        return ExampleCities.loader().load(source(), context(city));
    }

    /** The city given by the options, or the example city named like the pack; empty (after printing) if broken. */
    static Optional<City> city(CityOptions options, String pack, PrintWriter err) {
        if (options.chosen()) {
            return options.load(null, err);
        }
        if (ExampleCities.IDS.contains(pack)) {
            return options.load(pack, err);
        }
        return Optional.empty();
    }

    /**
     * The city and the compiled pack a command runs on. When either is missing, its problems have been printed
     * and {@code failure} is the exit code: 2 if no city was named, 1 if the city or the pack is broken.
     */
    record Prepared(City city, CompiledPack pack, PackSource source, int failure) {
        boolean failed() {
            return failure != 0;
        }

        /**
         * The engine settings with every procedure the pack declares (inherited ones read from the pack that
         * declares them), checked against the city; problems reading them are added.
         */
        GovernanceSettings settings(List<PackProblem> problems) {
            return PackProcedures.settings(pack, source, PackContext.of(city), problems);
        }

        /**
         * The door to the city's engines with this pack, its procedures and its three policies: the one way the
         * commands build an engine, so that each command sees the same stages, deadlines and scores.
         */
        GridGov door() {
            return GridGov.forCity(city).pack(pack, source);
        }

        /** A fresh engine of the city over a store ({@link #door()}). */
        CityGovernance engine(EventStore store) {
            return door().store(store).build().engine();
        }
    }

    /** Loads the city (named by the options or like the pack) and compiles the pack against it. */
    Prepared prepare(CityOptions options, PrintWriter err) {
        Optional<City> loaded = city(options, pack, err);
        if (loaded.isEmpty()) {
            if (options.chosen() || ExampleCities.IDS.contains(pack)) {
                err.flush();
                return new Prepared(null, null, null, 1); // the city's own problems were printed
            }
            err.println(options.zh() ? "请用 --city 或 --profile 指定城市" : "name the city with --city or --profile");
            err.flush();
            return new Prepared(null, null, null, 2);
        }
        PackLoadResult result = load(loaded);
        if (result instanceof PackLoadResult.Failed failed) {
            failed.problems().forEach(p -> err.println(p.describe(options.locale())));
            err.flush();
            return new Prepared(loaded.get(), null, null, 1);
        }
        return new Prepared(loaded.get(), result.orElseThrow(), source(), 0);
    }
}
