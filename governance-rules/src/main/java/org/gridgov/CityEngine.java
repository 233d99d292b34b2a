package org.gridgov;

import java.util.ArrayList;
import java.util.List;
import org.gridgov.city.City;
import org.gridgov.metrics.Period;
import org.gridgov.engine.CityGovernance;
import org.gridgov.engine.GovernanceSettings;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.rules.escalation.DroolsEscalationPolicy;
import org.gridgov.rules.pack.CompiledPack;
import org.gridgov.rules.pack.PackContext;
import org.gridgov.rules.pack.PackLoadException;
import org.gridgov.rules.pack.PackProblem;
import org.gridgov.rules.pack.PackPermissions;
import org.gridgov.rules.pack.PackProcedures;
import org.gridgov.authorization.Permissions;
import org.gridgov.rules.pack.PackSource;
import org.gridgov.rules.registry.PackRegistry;
import org.gridgov.rules.runtime.CompiledActivePack;
import org.gridgov.rules.runtime.ActivePack;
import org.gridgov.rules.evaluation.DroolsEvaluationPolicy;
import org.gridgov.evaluation.EvaluationPolicy;
import org.gridgov.evaluation.Evaluations;
import org.gridgov.evaluation.Ranking;
import org.gridgov.store.EventStore;

/**
 * A city's engine with its rule pack, as {@link GridGov} builds it: {@link #engine()} takes the commands and ticks,
 * {@link #evaluate} ranks a level's units over a period with the pack's scoring rules, {@link #activate} swaps the
 * pack. Safe to share between threads as {@link CityGovernance} is.
 */
public final class CityEngine {
    private final City city;
    private final EventStore store;
    private final PackRegistry<ActivePack> packs;
    private final CityGovernance engine;
    private final EvaluationPolicy evaluation;
    private final List<PackProblem> warnings;
    private final GovernanceSettings settings;
    private volatile CompiledPack pack;

    private final Permissions permissions;

    private CityEngine(City city, CompiledPack pack, EventStore store, PackRegistry<ActivePack> packs,
                       GovernanceSettings settings, Permissions permissions, List<PackProblem> warnings) {
        this.city = city;
        this.store = store;
        this.packs = packs;
        this.pack = pack;
        this.warnings = List.copyOf(warnings);
        this.settings = settings;
        this.permissions = permissions;
        this.engine = CityGovernance.recover(city, store,
                new org.gridgov.rules.routing.DroolsRoutingPolicy(packs.current(city.cityId())),
                new DroolsEscalationPolicy(packs.current(city.cityId())), settings, permissions,
                new org.gridgov.rules.deliberation.DroolsDeliberationPolicy(packs.current(city.cityId())),
                new org.gridgov.rules.service.DroolsServicePolicy(packs.current(city.cityId())));
        this.evaluation = new DroolsEvaluationPolicy(packs.current(city.cityId()));
    }

    static CityEngine start(City city, CompiledPack pack, PackSource source, EventStore store,
                            List<PackProblem> problems) {
        GovernanceSettings settings = PackProcedures.settings(pack, source, PackContext.of(city), problems);
        Permissions permissions = PackPermissions.of(pack, city, problems);
        if (problems.stream().anyMatch(PackProblem::isError)) {
            List<PackProblem> errorsFirst = new ArrayList<>(problems);
            errorsFirst.sort((a, b) -> Boolean.compare(b.isError(), a.isError()));
            throw new PackLoadException(errorsFirst);
        }
        PackRegistry<ActivePack> packs = new PackRegistry<>();
        packs.activate(city.cityId(), CompiledActivePack.of(pack));
        return new CityEngine(city, pack, store, packs, settings, permissions, problems);
    }

    /** The engine: commands, ticks, queries. */
    public CityGovernance engine() {
        return engine;
    }

    /** The engine's settings: the pack's procedures, by channel and by default. */
    public GovernanceSettings settings() {
        return settings;
    }

    /**
     * Who may do what: the standard matrix changed by the {@code permissions.yaml} of the pack and its parents.
     * Like the procedures, they are those the engine was built with; {@link #activate} does not change them.
     */
    public Permissions permissions() {
        return permissions;
    }

    /** The store the engine keeps its cases in. */
    public EventStore store() {
        return store;
    }

    /** The city. */
    public City city() {
        return city;
    }

    /** The active pack. */
    public CompiledPack pack() {
        return pack;
    }

    /** The pack's warnings and those found reading its procedures against the city. */
    public List<PackProblem> warnings() {
        return warnings;
    }

    /** The evaluation policy of the active pack, for scorecards of units the level ranking does not cover. */
    public EvaluationPolicy evaluation() {
        return evaluation;
    }

    /**
     * The scorecards of every unit at a level over a period, ranked, from the cases in the store.
     *
     * @param period the period (e.g. {@code Period.month(YearMonth.of(2023, 6), city.zone())})
     * @param level  a level of the city, e.g. {@code street}
     * @throws IllegalArgumentException if the city has no such level
     */
    public Ranking evaluate(Period period, LevelId level) {
        return evaluate(period, level, label(period));
    }

    /**
     * {@link #evaluate(Period, LevelId)} with the label the ranking and its scorecards carry, e.g. {@code 2023-06}.
     */
    public Ranking evaluate(Period period, LevelId level, String label) {
        return Evaluations.rankLevel(city, store.allIssues().toList(), period, label, level, evaluation);
    }

    /** {@code 2023-06} for a calendar month of the city, else {@code 2023-06-01..2023-06-15}. */
    private String label(Period period) {
        var from = period.from().atZone(city.zone());
        var month = java.time.YearMonth.from(from);
        if (Period.month(month, city.zone()).equals(period)) {
            return month.toString();
        }
        return from.toLocalDate() + ".." + period.until().atZone(city.zone()).toLocalDate();
    }

    /**
     * Makes a newer version of the pack active for routing, escalation and evaluation at once; a decision under way
     * finishes on the version it started with. Procedures stay those the engine was built with: a pack whose
     * procedures change needs a new engine over the same store ({@link GridGov}), which recovers every case.
     */
    public void activate(CompiledPack newer) {
        packs.activate(city.cityId(), CompiledActivePack.of(newer));
        pack = newer;
    }
}
