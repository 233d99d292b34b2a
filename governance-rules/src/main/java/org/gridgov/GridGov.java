package org.gridgov;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gridgov.city.City;
import org.gridgov.rules.pack.CompiledPack;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadException;
import org.gridgov.rules.pack.PackLoader;
import org.gridgov.rules.pack.PackProblem;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.store.EventStore;
import org.gridgov.store.InMemoryEventStore;

/**
 * The one way in: a city's engine from its profile and a rule pack.
 *
 * <pre>{@code
 * CityEngine jilin = GridGov.forCity(city).pack(Path.of("jilin/pack")).store(store).build();
 * jilin.engine().report(id, facts, actor, at);
 * Ranking streets = jilin.evaluate(Period.month(YearMonth.of(2023, 6), city.zone()), new LevelId("street"));
 * }</pre>
 *
 * <p>The pack is loaded with the built-in base pack as a possible parent and checked against the city (its
 * categories, levels, organization types, roles, layers and channels); its procedures are read; routing,
 * escalation and evaluation all use it, through one registry, so {@link CityEngine#activate} swaps all three at
 * once. {@link #build()} may be called again for another engine of the same city and pack (a scenario runner
 * builds one per scenario); each gets a new in-memory store unless {@link #store} named one. One thread at a time.
 */
public final class GridGov {
    private final City city;
    private PackSource source;
    private CompiledPack compiled;
    private PackLoader loader = PackLoader.withBuiltIns();
    private EventStore store;

    private GridGov(City city) {
        this.city = Objects.requireNonNull(city, "city");
    }

    /** Starts the engine of a city loaded from its profile ({@code CityLoader}). */
    public static GridGov forCity(City city) {
        return new GridGov(city);
    }

    /** The pack in a folder on disk: {@code pack.yaml} and {@code rules/}. */
    public GridGov pack(Path folder) {
        return pack(PackSource.directory(folder));
    }

    /** The pack in a source (a folder, the classpath). */
    public GridGov pack(PackSource source) {
        this.source = Objects.requireNonNull(source, "source");
        this.compiled = null;
        return this;
    }

    /**
     * A pack compiled already, with the source its procedure files are read from.
     *
     * @param source where files its settings name are found, if its own lineage does not hold them
     */
    public GridGov pack(CompiledPack pack, PackSource source) {
        this.compiled = Objects.requireNonNull(pack, "pack");
        this.source = Objects.requireNonNull(source, "source");
        return this;
    }

    /** The loader that resolves the packs a pack extends; by default the built-in packs only. */
    public GridGov loader(PackLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
        return this;
    }

    /**
     * Where the city's cases are kept; by default each built engine gets a new in-memory store. An engine recovers
     * what the store holds.
     */
    public GridGov store(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
        return this;
    }

    /**
     * Loads and checks the pack if needed, reads its procedures and builds the engine over the store.
     *
     * @throws IllegalStateException if no pack was given
     * @throws PackLoadException     carrying every located problem, if the pack does not load or a procedure it
     *                               names cannot be read
     */
    public CityEngine build() {
        return build(store != null ? store : new InMemoryEventStore());
    }

    /**
     * Builds the engine over this store, as {@link #build()} does, without changing the store later builds use:
     * for a host that keeps one door and gives each engine a store of its own (a tenant's database, a scenario's).
     *
     * @throws NullPointerException  if the store is null
     * @throws IllegalStateException if no pack was given
     * @throws PackLoadException     as {@link #build()}
     */
    public CityEngine build(EventStore store) {
        Objects.requireNonNull(store, "store");
        if (source == null) {
            throw new IllegalStateException("give the pack: GridGov.forCity(city).pack(folder)");
        }
        if (compiled == null) {
            compiled = loader.load(source, PackContext.of(city)).orElseThrow();
        }
        CompiledPack pack = compiled;
        List<PackProblem> problems = new ArrayList<>(pack.warnings());
        return CityEngine.start(city, pack, source, store, problems);
    }
}
