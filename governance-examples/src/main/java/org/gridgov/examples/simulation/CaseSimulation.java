package org.gridgov.examples.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.gridgov.CityEngine;
import org.gridgov.GridGov;
import org.gridgov.actor.Actor;
import org.gridgov.authorization.Parties;
import org.gridgov.category.Category;
import org.gridgov.city.City;
import org.gridgov.engine.CityGovernance;
import org.gridgov.i18n.Bilingual;
import org.gridgov.issue.IssueFacts;
import org.gridgov.issue.IssueId;
import org.gridgov.issue.IssueStatus;
import org.gridgov.issue.Rating;
import org.gridgov.issue.Severity;
import org.gridgov.jurisdiction.JurisdictionNode;
import org.gridgov.jurisdiction.LevelId;
import org.gridgov.jurisdiction.LevelKind;
import org.gridgov.store.EventStore;

/**
 * A synthetic stream of cases through a city's pack on a simulated clock, handled by simulated people: nine in
 * ten cases are taken on within three hours, and of those most are resolved within four days and rated; the rest
 * are left for the escalation rules. Cases arrive mostly between 08:00 and 20:00, at grids chosen evenly, in leaf
 * categories and channels chosen evenly. Deterministic for a seed: no wall clock, no real randomness. Every draw is
 * made when a case is planned, so a run killed part-way continues on its store with the same draws ({@link Steps}).
 */
public final class CaseSimulation {
    /** The checkpoint a run's steps are counted under. */
    public static final String CHECKPOINT = "simulate";

    private final City city;
    private final CityGovernance engine;
    private final EventStore store;
    private final Actor people = Actor.system("simulation", Bilingual.of("模拟", "simulation"));
    private final Agenda agenda = new Agenda();
    private final Steps steps;

    /** The outcome: the engine (its store holds every case) and the simulated period. */
    public record Result(CityGovernance engine, EventStore store, Instant start, Instant end) {
    }

    private CaseSimulation(CityEngine engine, Steps steps) {
        this.city = engine.city();
        this.engine = engine.engine();
        this.store = engine.store();
        this.steps = steps;
    }

    /** Cases a day by default: one for every 20 communities and villages, at least 20. */
    public static int defaultRate(City city) {
        long communities = city.jurisdiction().atLevel(city.jurisdiction().root().id(), new LevelId("community")).size();
        return (int) Math.max(20, communities / 20);
    }

    /**
     * Runs the stream through an engine as {@code GridGov} builds it, with its pack's procedures.
     *
     * @param engine    a fresh engine: its store takes every simulated case
     * @param from      the first instant, local time
     * @param days      how many days, at least 1
     * @param perDay    the mean number of cases a day
     * @param seed      the stream's seed
     * @param dayDone   told after each simulated day (for a progress bar)
     * @throws IllegalArgumentException if days or perDay is not positive
     */
    public static Result run(CityEngine engine, LocalDateTime from, int days, int perDay, long seed,
                             Runnable dayDone) {
        return run(engine, from, days, perDay, seed, dayDone, Steps.on(engine.store(), CHECKPOINT));
    }

    /**
     * Runs the stream as {@link #run(CityEngine, LocalDateTime, int, int, long, Runnable)} does, in steps recorded
     * with the store: on a store that holds part of the same run (the process was killed), it continues with the
     * first step not stored and ends with what an uninterrupted run stores.
     *
     * @throws IllegalArgumentException if days or perDay is not positive
     */
    public static Result run(CityEngine engine, LocalDateTime from, int days, int perDay, long seed,
                             Runnable dayDone, Steps steps) {
        if (days < 1 || perDay < 1) {
            throw new IllegalArgumentException("days and cases a day must be positive, got " + days + " and " + perDay);
        }
        return new CaseSimulation(engine, steps).run(from, days, perDay, seed, dayDone);
    }

    private Result run(LocalDateTime from, int days, int perDay, long seed, Runnable dayDone) {
        Random r = new Random(seed);
        List<JurisdictionNode> places = city.jurisdiction().subtree(city.jurisdiction().root().id()).stream()
                .filter(n -> n.level().kind() == LevelKind.GRID).toList();
        List<Category> categories = city.categories().all().stream()
                .filter(x -> city.categories().children(x.id()).isEmpty()).toList();
        Instant start = from.atZone(city.zone()).toInstant();
        int n = 0;
        for (int day = 0; day < days; day++) {
            for (int hour = 0; hour < 24; hour++) {
                Instant now = start.plus(Duration.ofHours(24L * day + hour));
                agenda.runUntil(now);
                // Cases arrive in the twelve hours from the start's time of day mostly, a few at night.
                int arrivals = hour < 12 ? Agenda.poisson(r, perDay / 12.0 * 0.95)
                        : Agenda.poisson(r, perDay / 12.0 * 0.05);
                for (int k = 0; k < arrivals; k++) {
                    plan(new IssueId(String.format("sim-%06d", n++)), now.plus(Duration.ofMinutes(r.nextInt(60))),
                            places, categories, r);
                }
                steps.run(() -> engine.tick(now));
            }
            dayDone.run();
        }
        Instant end = start.plus(Duration.ofDays(days));
        steps.run(() -> engine.tick(end));
        return new Result(engine, store, start, end);
    }

    /**
     * Draws everything about a case now, and schedules its report and what its owner does. Nine in ten owners take
     * the case on within three hours; most of those finish it within four days, the rest never do and leave it to
     * the escalation rules. An owner who lost the case to an escalation meanwhile is followed by the new owner, who
     * takes it on and finishes it at the same time.
     */
    private void plan(IssueId id, Instant at, List<JurisdictionNode> places, List<Category> cats, Random r) {
        Severity severity = r.nextInt(50) == 0 ? Severity.HIGH : r.nextInt(8) == 0 ? Severity.MEDIUM : Severity.LOW;
        var channel = city.channels().get(r.nextInt(city.channels().size())).id();
        IssueFacts facts = IssueFacts.of(cats.get(r.nextInt(cats.size())).id(), channel,
                places.get(r.nextInt(places.size())).id(), "模拟事项", severity);
        schedule(at, t -> engine.report(id, facts, Parties.channel(city, channel), t));
        if (r.nextInt(10) >= 9) {
            return;
        }
        Instant accept = at.plus(Duration.ofMinutes(10 + r.nextInt(170)));
        schedule(accept, t -> whenReported(id, () -> engine.accept(id, owner(id, t), t)));
        if (r.nextInt(100) >= 88) {
            return;
        }
        Instant resolve = accept.plus(Duration.ofHours(4 + r.nextInt(92)));
        int x = r.nextInt(10);
        Rating rating = x < 7 ? Rating.SATISFIED : x < 9 ? Rating.BASICALLY_SATISFIED : Rating.UNSATISFIED;
        schedule(resolve, t -> whenReported(id, () -> {
            engine.issue(id).filter(i -> i.status() == IssueStatus.DISPATCHED)
                    .ifPresent(i -> engine.accept(id, owner(id, t), t));
            if (engine.resolve(id, "已办结", owner(id, t), t).isDone()) {
                engine.rate(id, rating, "", Parties.channel(city, channel), t.plus(Duration.ofHours(2)));
            }
        }));
    }

    /** An owner acts only on a case whose report was taken. */
    private void whenReported(IssueId id, Runnable act) {
        if (engine.issue(id).isPresent()) {
            act.run();
        }
    }

    /** Who acts for the case's owner then; the simulation itself, which the permissions refuse, if nobody does. */
    private Actor owner(IssueId id, Instant at) {
        return engine.ownerActing(id, at).orElse(people);
    }

    /** Each action is a step of its own. */
    private void schedule(Instant at, Consumer<Instant> run) {
        agenda.schedule(at, t -> steps.run(() -> run.accept(t)));
    }
}
